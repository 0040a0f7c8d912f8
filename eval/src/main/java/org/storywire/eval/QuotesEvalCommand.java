package org.storywire.eval;

import static org.storywire.eval.ReportFormat.abbreviate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.extract.StatementExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval quotes}: scores the extracted statements against a quotation corpus (wikinews quotation format). */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "Score quotations against a corpus in the wikinews quotation format.")
final class QuotesEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "directory of corpus .json files") Path data;
    @Option(names = "--json", description = "write per-document scores here") Path json;
    @Option(names = "--verbose", description = "print misses and false positives per document") boolean verbose;
    @Option(names = "--lead-sentences", description = "cut each document to its headline (the title of its documentName) and first N sentences, "
            + "as a feed item or teaser, and score the quotations inside that cut only") Integer leadSentences;

    private static final Pattern DOCUMENT_NAME = Pattern.compile("^\\S+ - (.+?)(?: \\(\\d{4}-\\d{2}-\\d{2}\\))?$");

    /** The {@code --json} file: the summary line, then every document's score (a record, so its fields keep their order run to run). */
    record QuotesReport(String summary, List<QuotesEvaluation.DocumentScore> documents) {}

    @Override
    public Integer call() throws IOException {
        List<Path> files = QuotePredictions.corpusFiles(data);
        Cleaner cleaner = new Cleaner();
        StatementExtractor extractor = new StatementExtractor();
        LeadCut lead = leadSentences == null ? null : new LeadCut(leadSentences);
        List<QuotesEvaluation.DocumentScore> scores = new ArrayList<>();
        QuoteErrorKinds errorKinds = new QuoteErrorKinds();
        ProgressBar bar = new ProgressBar(System.err, "quotes", files.size());
        for (Path file : files) {
            QuotesEvaluation.Document doc = QuotesEvaluation.read(file);
            Article article = new Article(file.getFileName().toString(), null, null, null, doc.text(), null, null, null);
            int end = doc.text().length();
            if (lead != null) {
                // a feed item carries its headline as its title; whole articles are scored as they always were, without it
                article = new Article(article.id(), null, null, headline(doc.name()), doc.text(), null, null, null);
                end = lead.originalEnd(article);
                article = LeadCut.cutAt(article, end);
            }
            List<QuotesEvaluation.Predicted> predicted = QuotePredictions.predict(cleaner, extractor, article);
            QuotesEvaluation.DocumentScore score = lead == null ? QuotesEvaluation.score(doc, predicted) : QuotesEvaluation.scoreBefore(doc, predicted, end);
            scores.add(score);
            if (verbose) {
                printDocument(System.out, doc, score);
                errorKinds.add(doc, score, predicted);
            }
            bar.step(scores.size());
        }
        QuotesEvaluation.Totals totals = QuotesEvaluation.Totals.of(scores);
        if (verbose) errorKinds.print(System.out);
        if (json != null) ReportFormat.jsonMapper().writeValue(json.toFile(), new QuotesReport(totals.summaryLine(), scores));
        System.out.println(lead == null ? totals.summaryLine() : totals.summaryLine() + " lead=" + leadSentences);
        return 0;
    }

    /** The title a corpus document's name holds: "11059 - Title (2005-08-20)", the id and the date around it; null when there is none. */
    static String headline(String documentName) {
        Matcher m = DOCUMENT_NAME.matcher(documentName);
        return m.matches() ? m.group(1) : null;
    }

    private static void printDocument(PrintStream out, QuotesEvaluation.Document doc, QuotesEvaluation.DocumentScore score) {
        for (QuotesEvaluation.GoldQuote q : score.missed()) {
            int[] r = q.quote().ranges().get(0);
            out.println("miss  " + doc.name() + "  \"" + abbreviate(doc.text().substring(r[0], r[1])) + "\"");
        }
        for (QuotesEvaluation.Predicted p : score.wrongSpeaker()) {
            out.println("wrong speaker  " + doc.name() + "  " + p.label() + "  \"" + abbreviate(doc.text().substring(p.contentBegin(), p.contentEnd())) + "\"");
        }
        for (QuotesEvaluation.Predicted p : score.unmatched()) {
            out.println("false positive  " + doc.name() + "  " + p.label() + "  \"" + abbreviate(doc.text().substring(p.contentBegin(), p.contentEnd())) + "\"");
        }
    }
}
