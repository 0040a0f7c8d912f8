package org.storywire.extract;

import java.time.Instant;
import java.util.List;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;

/** The English extraction tests' article: a text written for the test, published on a Friday; it keeps the last text to read contents back. */
final class EnglishExtraction {
    static final Instant PUBLISHED = Instant.parse("2023-05-12T10:00:00Z"); // a Friday
    private final StatementExtractor extractor = FailingExtractor.create();
    private String text;

    List<Statement> extract(String english) {
        return extract(null, english);
    }

    /** A feed item or teaser: a title beside the text. */
    List<Statement> extract(String title, String english) {
        text = english;
        return extractor.extract(new CleanArticle("e", "outlet", null, title, english, "en", PUBLISHED, TimePrecision.DAY));
    }

    /** What the statement says, read off the last text extracted. */
    String content(Statement s) {
        return text.substring(s.content().begin(), s.content().end());
    }

    /** The question the statement answers, read off the last text extracted; null when none. */
    String question(Statement s) {
        return s.question() == null ? null : text.substring(s.question().begin(), s.question().end());
    }

    Statement withCue(List<Statement> found, String cue) {
        return found.stream().filter(s -> cue.equals(s.cue())).findFirst().orElseThrow(() -> new AssertionError("no statement with cue " + cue + ": " + found));
    }

    Statement withContent(List<Statement> statements, String content) {
        return statements.stream().filter(s -> content(s).equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with content \"" + content + "\" in " + statements.stream().map(this::content).toList()));
    }

    /** The statement whose evidence holds the given words. */
    static Statement about(List<Statement> statements, String words) {
        return statements.stream().filter(s -> s.sentenceText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement about \"" + words + "\" in " + statements));
    }
}
