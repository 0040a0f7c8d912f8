package org.storywire.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storywire.extract.CuelessReportModel;

/**
 * Binary logistic regression over sets of named binary features, fitted by full-batch gradient descent on the mean
 * log loss with an L2 penalty (the bias is not penalised). Small and deterministic: the same examples give the same weights.
 */
final class LogisticRegression {
    /** A fitted model: a weight per feature seen, and the bias. */
    record Fit(Map<String, Double> weights, double bias) {
        double probability(List<String> features) {
            return CuelessReportModel.probability(weights, bias, features);
        }
    }

    private final double l2;
    private final int iterations;
    private final double rate;

    LogisticRegression(double l2, int iterations, double rate) {
        this.l2 = l2;
        this.iterations = iterations;
        this.rate = rate;
    }

    Fit fit(List<List<String>> examples, List<Boolean> labels) {
        Map<String, Integer> index = new HashMap<>();
        int[][] rows = new int[examples.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = examples.get(i).stream().distinct().mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray();
        }
        double[] w = new double[index.size()];
        double bias = 0;
        int n = Math.max(1, rows.length);
        for (int it = 0; it < iterations; it++) {
            double[] gradient = new double[w.length];
            double biasGradient = 0;
            for (int i = 0; i < rows.length; i++) {
                double z = bias;
                for (int f : rows[i]) z += w[f];
                double error = 1 / (1 + Math.exp(-z)) - (labels.get(i) ? 1 : 0);
                for (int f : rows[i]) gradient[f] += error;
                biasGradient += error;
            }
            for (int f = 0; f < w.length; f++) w[f] -= rate * (gradient[f] / n + l2 * w[f]);
            bias -= rate * biasGradient / n;
        }
        Map<String, Double> weights = new HashMap<>();
        index.forEach((name, f) -> weights.put(name, w[f]));
        return new Fit(weights, bias);
    }
}
