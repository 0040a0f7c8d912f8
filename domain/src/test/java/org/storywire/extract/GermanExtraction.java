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

    /** The words the statement quotes inside its content, in text order. */
    static List<String> quoted(Statement s, String text) {
        return s.quoted().stream().map(q -> text.substring(q.begin(), q.end())).toList();
    }

    /** What was said, as the quotes eval scores it: each statement's content and the words it quotes inside. */
    static List<String> said(List<Statement> statements, String text) {
        return statements.stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(content(s, text)), quoted(s, text).stream())).toList();
    }
}
