package org.storywire.extract;

import java.time.Instant;
import java.util.List;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;

/** The German extraction tests' article: a text written for the test, published on a Friday. */
final class GermanExtraction {
    static final Instant PUBLISHED = Instant.parse("2023-05-12T10:00:00Z"); // a Friday
    private static final StatementExtractor EXTRACTOR = FailingExtractor.create();

    private GermanExtraction() {}

    /** Synchronized: one extractor serves every test, and an extractor is not thread-safe. */
    static List<Statement> extract(String text) {
        return extract(null, text);
    }

    /** A feed item or teaser: a title beside the text. */
    static synchronized List<Statement> extract(String title, String text) {
        return EXTRACTOR.extract(new CleanArticle("t", "outlet", null, title, text, "de", PUBLISHED, TimePrecision.MINUTE));
    }

    /** The statement whose evidence holds the given words. */
    static Statement about(List<Statement> statements, String words) {
        return statements.stream().filter(s -> s.sentenceText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement about \"" + words + "\" in " + statements));
    }

    static String content(Statement s, String text) {
        return text.substring(s.content().begin(), s.content().end());
    }
}
