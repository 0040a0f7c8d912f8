package org.storywire.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.extract.Document;
import org.storywire.extract.Span;
import org.storywire.extract.Statement;
import org.storywire.extract.StatementExtractor;

/**
 * What extraction predicts for a quotation corpus's documents, as the quotes eval (and the commands that learn from its
 * misses) scores it: each statement, and what it carries, in the corpus's original offsets.
 */
final class QuotePredictions {
    private QuotePredictions() {
    }

    /** A quotation corpus's documents, in name order. */
    static List<Path> corpusFiles(Path data) throws IOException {
        try (Stream<Path> list = Files.list(data)) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The statements extracted from a corpus document, in the corpus's original offsets; none of a title the text does not repeat. */
    static List<QuotesEvaluation.Predicted> predict(Cleaner cleaner, StatementExtractor extractor, Article article) {
        Cleaner.Result clean = cleaner.cleanMapped(article);
        Document read = extractor.read(clean.article());
        return predicted(clean, read, extractor.extract(read));
    }

    /** The statements of a document read from {@code clean}, in the corpus's original offsets; none of a title the text does not repeat. */
    static List<QuotesEvaluation.Predicted> predicted(Cleaner.Result clean, Document read, List<Statement> statements) {
        List<QuotesEvaluation.Predicted> predicted = new ArrayList<>();
        for (Statement s : statements) {
            if (inTitle(read, s)) continue; // the corpora annotate the text, not the title: nothing there to score against
            int sb = s.speaker() == null || s.speaker().mentionSpan() == null ? 0 : clean.mapped().toOriginal(s.speaker().mentionSpan().begin());
            int se = s.speaker() == null || s.speaker().mentionSpan() == null ? 0 : clean.mapped().toOriginalEnd(s.speaker().mentionSpan().end());
            QuotesEvaluation.Predicted said = new QuotesEvaluation.Predicted(clean.mapped().toOriginal(s.content().begin()), clean.mapped().toOriginalEnd(s.content().end()), sb, se, ReportFormat.describe(s));
            withRelay(clean, s, said, predicted);
            // what the statement carries is scored as the corpora annotate it: a quoted fragment as its speaker's quotation
            // (relayed as the statement is), the question an answer answers as an attribution of no one named
            for (Span q : s.quoted()) {
                withRelay(clean, s, QuotesEvaluation.quoted(said, clean.mapped().toOriginal(q.begin()), clean.mapped().toOriginalEnd(q.end())), predicted);
            }
            Span q = s.question();
            if (q != null) predicted.add(QuotesEvaluation.question(said, clean.mapped().toOriginal(q.begin()), clean.mapped().toOriginalEnd(q.end())));
        }
        return predicted;
    }

    /** {@code said} and, when the statement has a relay, the relay's own attribution of it. */
    private static void withRelay(Cleaner.Result clean, Statement s, QuotesEvaluation.Predicted said, List<QuotesEvaluation.Predicted> predicted) {
        predicted.add(said);
        Span relay = s.relayedBy() == null ? null : s.relayedBy().mentionSpan();
        if (relay != null) QuotesEvaluation.relayed(said, clean.mapped().toOriginal(relay.begin()), clean.mapped().toOriginalEnd(relay.end())).ifPresent(predicted::add);
    }

    /** A statement of a title the text does not repeat: its offsets are the title's, read before the text. */
    private static boolean inTitle(Document read, Statement s) {
        String title = read.title();
        if (read.bodyBegin() == 0 || title == null || s.sentence() == null || s.sentence().end() > title.length()) return false;
        return title.substring(s.sentence().begin(), s.sentence().end()).equals(s.sentenceText());
    }
}
