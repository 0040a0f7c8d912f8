package org.storywire.story;

import java.util.Arrays;
import java.util.List;
import org.storywire.extract.Document;
import org.storywire.extract.Span;
import org.storywire.extract.Statement;

/**
 * Which sentence of its article a statement's sentence is, by the document's sentence indices: the
 * grouper asks whether two statements stand in adjacent sentences ("Dies wies der Kreml zurück"
 * points at the sentence just before), and a caption, a heading or a passage between them is a
 * sentence of its own, while blank lines or spaces between two sentences are none.
 *
 * <p>A statement gives its sentence as offsets in the clean text, or in the title when the text does
 * not repeat it ({@link Statement}); the document reads title, blank line and clean text as one
 * text, so the clean text's offsets stand {@code bodyBegin} further on there.
 */
final class SentenceIndex {
    private final int[] begins;
    private final int bodyBegin;
    private final String title;

    private SentenceIndex(int[] begins, int bodyBegin, String title) {
        this.begins = begins;
        this.bodyBegin = bodyBegin;
        this.title = title;
    }

    /** The document's sentences. */
    static SentenceIndex of(Document document) {
        int[] begins = document.sentences().stream().mapToInt(Document.Sentence::begin).toArray();
        return new SentenceIndex(begins, document.bodyBegin(), document.bodyBegin() > 0 ? document.title() : null);
    }

    /**
     * An article known without its document (tests, sparse statements): the sentences it is known to
     * have are its statements' own, so statements in consecutive ones of them count as adjacent.
     */
    static SentenceIndex ofStatements(List<Statement> statements) {
        int[] begins = statements.stream().filter(s -> s.sentence() != null).mapToInt(s -> s.sentence().begin()).sorted().distinct().toArray();
        return new SentenceIndex(begins, 0, null);
    }

    /** The index of the statement's first sentence, or -1 when it gives none. */
    int first(Statement s) {
        return s.sentence() == null ? -1 : indexAt(offsetInDocument(s, s.sentence().begin()));
    }

    /** The index of the statement's last sentence (its evidence may hold more than one), or -1 when it gives none. */
    int last(Statement s) {
        Span span = s.sentence();
        return span == null ? -1 : indexAt(offsetInDocument(s, Math.max(span.begin(), span.end() - 1)));
    }

    /** Where the statement's sentence stands in the document's text (the statement gives a sentence). */
    Span inDocument(Statement s) {
        return new Span(offsetInDocument(s, s.sentence().begin()), offsetInDocument(s, s.sentence().end()));
    }

    private int offsetInDocument(Statement s, int offset) {
        return inTitle(s) ? offset : offset + bodyBegin;
    }

    /** A statement of a title read before the text: its sentence is the title's text at its offsets. */
    private boolean inTitle(Statement s) {
        Span span = s.sentence();
        return title != null && s.sentenceText() != null && span.end() <= title.length() && title.startsWith(s.sentenceText(), span.begin());
    }

    /** The sentence holding the offset: the last one starting at or before it (the first when none does). */
    private int indexAt(int offset) {
        int i = Arrays.binarySearch(begins, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
