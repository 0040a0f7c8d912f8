package org.storywire.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.extract.CuelessCandidate;
import org.storywire.extract.CuelessReportModel;
import org.storywire.extract.Document;
import org.storywire.extract.Statement;
import org.storywire.extract.StatementExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval cueless-reports}: learns which German sentences without a cue the quotation corpus annotates. Extraction
 * runs without the model and proposes its cueless candidates; a candidate is positive when it matches a gold quotation
 * that extraction missed (the eval's matching rule). A logistic model is fitted on the features; the threshold is the
 * lowest probability at which the candidates kept in k-fold cross-validation by document (each scored by a model that
 * did not see its document) reach {@code --min-precision}. Then the model is fitted on all documents and written.
 */
@Command(name = "cueless-reports", mixinStandardHelpOptions = true,
        description = "Learn the weights of German cueless report candidates (form features) from a quotation corpus's train split.")
final class CuelessReportsEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "directory of corpus .json files (the train split)") Path data;
    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds, by document (default ${DEFAULT-VALUE})") int folds;
    @Option(names = "--min-precision", defaultValue = "0.75", description = "cross-validated precision the kept candidates must reach (default ${DEFAULT-VALUE})") double minPrecision;
    @Option(names = "--min-kept", defaultValue = "20", description = "fewest cross-validated candidates above a threshold to trust its precision (default ${DEFAULT-VALUE})") int minKept;
    @Option(names = "--l2", defaultValue = "0.01", description = "L2 penalty (default ${DEFAULT-VALUE})") double l2;
    @Option(names = "--iterations", defaultValue = "3000", description = "gradient descent steps (default ${DEFAULT-VALUE})") int iterations;
    @Option(names = "--write", description = "write the model fitted on all documents, with the threshold, here (the lexicon's cueless-reports-de.txt)") Path write;

    /** One candidate: its document's place in the corpus, its features and whether it matches a missed gold quotation. */
    record Example(int document, List<String> features, boolean positive) {}

    @Override
    public Integer call() throws IOException {
        List<Path> files = QuotePredictions.corpusFiles(data);
        Cleaner cleaner = new Cleaner();
        StatementExtractor extractor = new StatementExtractor((id, e) -> System.err.println(id + ": " + e), CuelessReportModel.NONE);
        List<Example> examples = new ArrayList<>();
        int gold = 0, matched = 0, predicted = 0;
        ProgressBar bar = new ProgressBar(System.err, "cueless-reports", files.size());
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            QuotesEvaluation.Document doc = QuotesEvaluation.read(file);
            Cleaner.Result clean = cleaner.cleanMapped(new Article(file.getFileName().toString(), null, null, null, doc.text(), null, null, null));
            Document read = extractor.read(clean.article());
            List<CuelessCandidate> candidates = new ArrayList<>();
            List<Statement> statements = extractor.extract(read, candidates);
            QuotesEvaluation.DocumentScore score = QuotesEvaluation.score(doc, QuotePredictions.predicted(clean, read, statements));
            gold += score.gold();
            matched += score.matched();
            predicted += score.predicted();
            List<QuotesEvaluation.GoldQuote> missed = new ArrayList<>(score.missed());
            for (CuelessCandidate c : candidates) {
                QuotesEvaluation.Predicted p = new QuotesEvaluation.Predicted(clean.mapped().toOriginal(c.content().begin()),
                        clean.mapped().toOriginalEnd(c.content().end()), 0, 0, "");
                // one to one, as the eval matches: a missed quotation makes one candidate right
                QuotesEvaluation.GoldQuote hit = missed.stream().filter(q -> QuotesEvaluation.matches(q, p)).findFirst().orElse(null);
                if (hit != null) missed.remove(hit);
                examples.add(new Example(i, c.features(), hit != null));
            }
            bar.step(i + 1);
        }
        LogisticRegression trainer = new LogisticRegression(l2, iterations, 1.0);
        double[] heldOut = crossValidated(examples, trainer);
        printFeatures(examples);
        double threshold = threshold(examples, heldOut);
        printCurve(examples, heldOut, threshold, gold, matched, predicted);
        if (Double.isInfinite(threshold)) System.out.println("# no threshold reaches the precision: the model keeps nothing");
        LogisticRegression.Fit fit = trainer.fit(examples.stream().map(Example::features).toList(), examples.stream().map(Example::positive).toList());
        if (write != null) Files.writeString(write, modelFile(fit, threshold));
        return 0;
    }

    /** Each example's probability under the model fitted on the other folds' documents. */
    private double[] crossValidated(List<Example> examples, LogisticRegression trainer) {
        double[] p = new double[examples.size()];
        for (int fold = 0; fold < folds; fold++) {
            int f = fold;
            List<Example> train = examples.stream().filter(e -> e.document() % folds != f).toList();
            LogisticRegression.Fit fit = trainer.fit(train.stream().map(Example::features).toList(), train.stream().map(Example::positive).toList());
            for (int i = 0; i < examples.size(); i++) if (examples.get(i).document() % folds == f) p[i] = fit.probability(examples.get(i).features());
        }
        return p;
    }

    /** The lowest held-out probability down to which the kept candidates' precision is at least --min-precision. */
    private double threshold(List<Example> examples, double[] heldOut) {
        List<Integer> order = byProbability(heldOut);
        double threshold = Double.POSITIVE_INFINITY;
        int kept = 0, right = 0;
        for (int i : order) {
            kept++;
            if (examples.get(i).positive()) right++;
            if (kept >= minKept && right >= minPrecision * kept) threshold = heldOut[i];
        }
        return threshold;
    }

    private static List<Integer> byProbability(double[] p) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < p.length; i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -p[i]));
        return order;
    }

    /** Per feature: how many candidates have it, and how many of those are positive. */
    private static void printFeatures(List<Example> examples) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                int[] c = counts.computeIfAbsent(f, k -> new int[2]);
                c[0]++;
                if (e.positive()) c[1]++;
            }
        }
        System.out.println("feature\tcandidates\tpositive");
        counts.forEach((feature, c) -> System.out.println(feature + "\t" + c[0] + "\t" + c[1]));
    }

    /** Kept and right candidates by held-out threshold, and what they would make of the corpus's recall and precision. */
    private void printCurve(List<Example> examples, double[] heldOut, double chosen, int gold, int matched, int predicted) {
        System.out.println(String.format(Locale.ROOT, "# without the model: recall=%.4f (%d/%d) precision=%.4f (%d predicted)",
                (double) matched / gold, matched, gold, (double) matched / predicted, predicted));
        System.out.println("threshold\tkept\tright\tprecision\trecall_after\tprecision_after");
        List<Double> thresholds = new ArrayList<>();
        for (int t = 30; t <= 90; t += 5) thresholds.add(t / 100.0);
        if (!Double.isInfinite(chosen)) thresholds.add(chosen);
        for (double t : thresholds) {
            int kept = 0, right = 0;
            for (int i = 0; i < heldOut.length; i++) {
                if (heldOut[i] < t) continue;
                kept++;
                if (examples.get(i).positive()) right++;
            }
            System.out.println(String.format(Locale.ROOT, "%s%.4f\t%d\t%d\t%.4f\t%.4f (%d/%d)\t%.4f (%d)", t == chosen ? "chosen " : "", t, kept, right,
                    kept == 0 ? 0 : (double) right / kept, (double) (matched + right) / gold, matched + right, gold,
                    (double) (matched + right) / (predicted + kept), predicted + kept));
        }
    }

    private String modelFile(LogisticRegression.Fit fit, double threshold) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """
                # Logistic weights over the form features of German sentences with no cue (CuelessReports: a "soll ... haben"
                # rumour, "sollen", "wollen", a Konjunktiv, a sentence after a statement), learned from which of them a
                # quotation corpus annotates; feature names and weights only, no corpus text. The threshold is the lowest
                # probability at which %d-fold cross-validation by document kept candidates at precision >= %.2f.
                # Written by:
                #   ./storywire eval cueless-reports --data %s --folds %d --min-precision %.2f --min-kept %d --l2 %s --iterations %d --write <this file>
                # Format: name TAB number; "threshold" and "bias", then one feature a line.
                """, folds, minPrecision, data, folds, minPrecision, minKept, l2, iterations));
        out.append("threshold\t").append(Double.isInfinite(threshold) ? "2" : String.format(Locale.ROOT, "%.4f", threshold)).append('\n');
        out.append("bias\t").append(String.format(Locale.ROOT, "%.4f", fit.bias())).append('\n');
        new TreeMap<>(fit.weights()).forEach((name, w) -> out.append(name).append('\t').append(String.format(Locale.ROOT, "%.4f", w)).append('\n'));
        return out.toString();
    }
}
