package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trainer of the cueless report model, on invented features. */
class LogisticRegressionTest {
    @Test
    void learnsASeparableRuleAndIgnoresANoiseFeature() {
        List<List<String>> examples = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // "rumour" decides; "long" comes with either label equally often
            boolean positive = i % 2 == 0;
            examples.add(i % 4 < 2 ? List.of(positive ? "rumour" : "plan", "long") : List.of(positive ? "rumour" : "plan"));
            labels.add(positive);
        }
        LogisticRegression.Fit fit = new LogisticRegression(0.001, 2000, 1.0).fit(examples, labels);
        assertThat(fit.probability(List.of("rumour"))).isGreaterThan(0.9);
        assertThat(fit.probability(List.of("plan", "long"))).isLessThan(0.1);
        assertThat(Math.abs(fit.weights().get("long"))).isLessThan(0.5);
    }
}
