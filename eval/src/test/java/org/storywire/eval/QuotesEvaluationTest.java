package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesEvaluationTest {
    private static QuotesEvaluation.Spans spans(int begin, int end) {
        return new QuotesEvaluation.Spans(List.of(new int[] {begin, end}));
    }

    @Test
    void matchesOnHalfOfTheShorterSpanOneToOne() {
        QuotesEvaluation.Document doc = new QuotesEvaluation.Document("d", "x".repeat(200), List.of(
                new QuotesEvaluation.GoldQuote(spans(10, 30), spans(0, 5)),
                new QuotesEvaluation.GoldQuote(spans(40, 60), spans(0, 5)),
                new QuotesEvaluation.GoldQuote(spans(100, 120), new QuotesEvaluation.Spans(List.of()))));
        QuotesEvaluation.DocumentScore score = QuotesEvaluation.score(doc, List.of(
                new QuotesEvaluation.Predicted(5, 65, 0, 3, "one long span"),   // covers both quotes, may take only one
                new QuotesEvaluation.Predicted(38, 50, 70, 80, "half of the shorter"),
                new QuotesEvaluation.Predicted(150, 160, 0, 0, "nothing there")));
        assertThat(score.matched()).isEqualTo(2);
        assertThat(score.speakerGold()).isEqualTo(2);
        assertThat(score.speakerRight()).isEqualTo(1);
        QuotesEvaluation.Totals totals = QuotesEvaluation.Totals.of(List.of(score));
        assertThat(totals.summaryLine()).isEqualTo("quotes: recall=0.67 precision=0.67 speaker=0.50 docs=1");
    }
}
