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

    @Test
    void beforeACutScoresTheQuotesInsideAndExcusesAStatementOnAQuoteTheCutRunsThrough() {
        QuotesEvaluation.Document doc = new QuotesEvaluation.Document("d", "x".repeat(200), List.of(
                new QuotesEvaluation.GoldQuote(spans(10, 30), spans(0, 5)),
                new QuotesEvaluation.GoldQuote(spans(40, 60), spans(0, 5)),    // the cut at 50 runs through it
                new QuotesEvaluation.GoldQuote(spans(100, 120), spans(0, 5)))); // after the cut
        QuotesEvaluation.DocumentScore score = QuotesEvaluation.scoreBefore(doc, List.of(
                new QuotesEvaluation.Predicted(10, 30, 0, 3, "inside"),
                new QuotesEvaluation.Predicted(42, 50, 0, 3, "on the cut quote"),
                new QuotesEvaluation.Predicted(32, 38, 0, 3, "nothing there")), 50);
        assertThat(score.gold()).isEqualTo(1);
        assertThat(score.matched()).isEqualTo(1);
        assertThat(score.predicted()).isEqualTo(2);
        assertThat(score.unmatched()).extracting(QuotesEvaluation.Predicted::label).containsExactly("nothing there");
    }

    @Test
    void aRelayedStatementIsTwoAttributionsTheSourceReportsAndTheSpeakerSays() {
        // "Nach Angaben der Agentur[0,20) sagte der Sprecher[26,37), die Lage sei ruhig[39,58)." annotated twice: the agency
        // reports the clause behind it, the spokesman says what follows his cue
        QuotesEvaluation.Document doc = new QuotesEvaluation.Document("d", "x".repeat(80), List.of(
                new QuotesEvaluation.GoldQuote(spans(21, 58), spans(10, 20)),
                new QuotesEvaluation.GoldQuote(spans(39, 58), spans(26, 37))));
        QuotesEvaluation.Predicted said = new QuotesEvaluation.Predicted(39, 58, 26, 37, "the spokesman");
        QuotesEvaluation.Predicted relay = QuotesEvaluation.relayed(said, 10, 20).orElseThrow();
        assertThat(relay.contentBegin()).isEqualTo(26);
        assertThat(relay.contentEnd()).isEqualTo(58);
        QuotesEvaluation.DocumentScore score = QuotesEvaluation.score(doc, List.of(said, relay));
        assertThat(score.matched()).isEqualTo(2);
        assertThat(score.speakerRight()).isEqualTo(2);
    }

    @Test
    void twoAttributionsOfOneSpanPairWithTheStatementsThatNameTheirSpeakers() {
        // one quotation annotated twice, for the outlet[0,10) and for the quoted[12,20)
        QuotesEvaluation.Document doc = new QuotesEvaluation.Document("d", "x".repeat(80), List.of(
                new QuotesEvaluation.GoldQuote(spans(30, 60), spans(0, 10)),
                new QuotesEvaluation.GoldQuote(spans(30, 60), spans(12, 20))));
        QuotesEvaluation.DocumentScore score = QuotesEvaluation.score(doc, List.of(
                new QuotesEvaluation.Predicted(30, 60, 0, 10, "the outlet"),
                new QuotesEvaluation.Predicted(30, 60, 12, 20, "the quoted")));
        assertThat(score.matched()).isEqualTo(2);
        assertThat(score.speakerRight()).isEqualTo(2);
    }

    @Test
    void wordsAStatementQuotesAreAnAttributionOfItsSpeaker() {
        // "Sie sprach[0,9) von einem „schweren Fehler“[20,45), den man korrigieren werde[46,80)": the clause and the fragment
        // are annotated each, both the minister's
        QuotesEvaluation.Document doc = new QuotesEvaluation.Document("d", "x".repeat(100), List.of(
                new QuotesEvaluation.GoldQuote(spans(10, 80), spans(0, 3)),
                new QuotesEvaluation.GoldQuote(spans(26, 45), spans(0, 3))));
        QuotesEvaluation.Predicted said = new QuotesEvaluation.Predicted(10, 80, 0, 3, "the minister");
        QuotesEvaluation.Predicted fragment = QuotesEvaluation.quoted(said, 26, 45);
        assertThat(fragment.speakerBegin()).isEqualTo(0);
        assertThat(fragment.speakerEnd()).isEqualTo(3);
        QuotesEvaluation.DocumentScore score = QuotesEvaluation.score(doc, List.of(said, fragment));
        assertThat(score.matched()).isEqualTo(2);
        assertThat(score.speakerRight()).isEqualTo(2);
    }

    @Test
    void theQuestionAnAnswerAnswersIsAnAttributionOfNoOneNamed() {
        // "Asked whether the quay would reopen[6,36), Reed[38,42) said no[43,50)."
        QuotesEvaluation.Document doc = new QuotesEvaluation.Document("d", "x".repeat(60), List.of(
                new QuotesEvaluation.GoldQuote(spans(6, 36), new QuotesEvaluation.Spans(List.of())),
                new QuotesEvaluation.GoldQuote(spans(48, 50), spans(38, 42))));
        QuotesEvaluation.Predicted answer = new QuotesEvaluation.Predicted(38, 50, 38, 42, "Reed");
        QuotesEvaluation.Predicted question = QuotesEvaluation.question(answer, 6, 36);
        assertThat(question.hasSpeaker()).isFalse();
        QuotesEvaluation.DocumentScore score = QuotesEvaluation.score(doc, List.of(answer, question));
        assertThat(score.matched()).isEqualTo(2);
        assertThat(score.speakerGold()).isEqualTo(1);
    }

    @Test
    void aSourceInsideTheStatementsContentAddsNoAttribution() {
        // "Laut Tass dementierte der Kreml den Bericht": the content is the whole clause, source and all
        QuotesEvaluation.Predicted said = new QuotesEvaluation.Predicted(0, 42, 22, 31, "the Kremlin");
        assertThat(QuotesEvaluation.relayed(said, 5, 9)).isEmpty();
    }
}
