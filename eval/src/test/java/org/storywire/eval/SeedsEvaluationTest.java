package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Attribution;
import org.storywire.extract.Modality;
import org.storywire.extract.Proposition;
import org.storywire.extract.Span;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.extract.StatementExtractor;

class SeedsEvaluationTest {
    private static final String TEXT = "Der Minister sagte, die Brücke sei sicher. Die Firma bestritt das. Das Wetter war gut.";

    private static Statement statement(String sentence, Stance stance, String speaker) {
        int at = TEXT.indexOf(sentence);
        return new Statement("a.txt", 0, new Speaker(speaker, null, speaker, null, SpeakerKind.PERSON), stance, Attribution.INDIRECT_SPEECH,
                new Proposition(List.of(), "e", List.of(), null, Modality.UNKNOWN), "cue", new Span(at, at + sentence.length()),
                new Span(at, at + sentence.length()), sentence, Instant.EPOCH, TimePrecision.DAY, 1);
    }

    private static SeedsGold gold() {
        return new SeedsGold(
                List.of(new SeedsGold.GoldArticle("a.txt", null, List.of("Cookie-Banner"))),
                List.of(new SeedsGold.GoldStory("s1", List.of("Minister"), "DENIED")),
                List.of(new SeedsGold.GoldStatement(0, "a.txt", "s1", "CLAIM", "Minister", List.of("Minister"), "PARTY", "die Brücke sei sicher", true),
                        new SeedsGold.GoldStatement(1, "a.txt", "s1", "DENIAL", "Firma", List.of("Firma"), "PARTY", "Die Firma bestritt das", true),
                        new SeedsGold.GoldStatement(2, "a.txt", null, "CLAIM", null, List.of(), "THIRD_PARTY", "Das Wetter war gut", false)),
                List.of(new SeedsGold.GoldTransition(List.of("a.txt"), "s1", "DENIED")));
    }

    private static Map<String, SeedsEvaluation.ArticleOutput> output(List<Statement> statements) {
        return Map.of("a.txt", new SeedsEvaluation.ArticleOutput(
                new StatementExtractor().read(new CleanArticle("a.txt", null, null, null, TEXT, "de", null, TimePrecision.UNKNOWN)), statements));
    }

    @Test
    void scoresMatchesMissesAndExcusedPredictions() {
        SeedsEvaluation evaluation = new SeedsEvaluation();
        SeedsEvaluation.Result result = evaluation.score(gold(), output(List.of(
                statement("Der Minister sagte, die Brücke sei sicher.", Stance.CLAIM, "Der Minister"),
                statement("Die Firma bestritt das.", Stance.CLAIM, "Die Firma"),
                statement("Das Wetter war gut.", Stance.DENIAL, "Wetteramt"))));
        // row 0 matched; row 1 missed (wrong stance) and its prediction is a false positive;
        // the weather prediction sits on a non-core row: neither hit nor false positive
        assertThat(result.recall()).isEqualTo(0.5);
        assertThat(result.falsePositives()).hasSize(1);
        assertThat(result.precision()).isEqualTo(0.5);
        assertThat(result.stanceAccuracy()).isEqualTo(0.5);
        assertThat(result.speakerAccuracy()).isEqualTo(1.0);
        assertThat(result.matches()).extracting(m -> m.gold().row()).containsExactly(0);
        assertThat(evaluation.summaryLine(gold(), result))
                .isEqualTo("seeds: P=0.50 R=0.50 F1=0.50 stance=0.50 speaker=1.00 bcubed=0.00 status=0/1 transitions=0/1");
    }

    @Test
    void storyMetricsComeFromThePluggedScorer() {
        SeedsEvaluation evaluation = new SeedsEvaluation((gold, result) -> new SeedsEvaluation.StoryScores(0.75, 1, 1));
        SeedsEvaluation.Result result = evaluation.score(gold(), output(List.of()));
        assertThat(evaluation.summaryLine(gold(), result)).endsWith("bcubed=0.75 status=1/1 transitions=1/1");
        assertThat(result.survivingBoilerplate()).isEmpty();
    }
}
