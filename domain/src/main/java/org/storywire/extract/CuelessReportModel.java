package org.storywire.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storywire.clean.Lexicon;

/**
 * A logistic model over the features of a {@link CuelessReports} candidate: the probability that the quotation
 * corpora would annotate the sentence as a statement. Learned from Wikinews' train split by
 * {@code eval cueless-reports} (feature weights only, no text), with the threshold chosen there by
 * cross-validation; extraction keeps a candidate whose probability reaches it. Immutable.
 */
public final class CuelessReportModel {
    /** The model shipped in the lexicon folder, loaded once. */
    public static final CuelessReportModel SHIPPED = read(Lexicon.lines("cueless-reports-de.txt"));
    /** Keeps no candidate: extraction as without the model. */
    public static final CuelessReportModel NONE = new CuelessReportModel(Map.of(), 0, Double.POSITIVE_INFINITY);

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;

    public CuelessReportModel(Map<String, Double> weights, double bias, double threshold) {
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
    }

    /** Lines "threshold TAB t", "bias TAB b", then "feature TAB weight" (comments already dropped). */
    static CuelessReportModel read(List<String> lines) {
        Map<String, Double> weights = new HashMap<>();
        double bias = 0;
        double threshold = Double.POSITIVE_INFINITY;
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalArgumentException("cueless report model: not \"name TAB number\": " + line);
            double value = Double.parseDouble(f[1]);
            switch (f[0]) {
                case "threshold" -> threshold = value;
                case "bias" -> bias = value;
                default -> weights.put(f[0], value);
            }
        }
        return new CuelessReportModel(weights, bias, threshold);
    }

    /** The logistic of the bias plus the weights of the features present; unknown features weigh nothing. */
    public double probability(List<String> features) {
        return probability(weights, bias, features);
    }

    /** The logistic of {@code bias} plus the {@code weights} of the features present: the model's and the trainer's one formula. */
    public static double probability(Map<String, Double> weights, double bias, List<String> features) {
        double z = bias;
        for (String feature : features) z += weights.getOrDefault(feature, 0.0);
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether any candidate can reach the threshold: a model that keeps nothing need not be asked. */
    boolean keepsAny() {
        return threshold <= 1;
    }

    public boolean accepts(List<String> features) {
        return probability(features) >= threshold;
    }
}
