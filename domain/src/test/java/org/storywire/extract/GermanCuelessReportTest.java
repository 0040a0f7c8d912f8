package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;

/**
 * German sentences with a form of reported speech but no cue become candidates weighed by a learned model
 * ({@link CuelessReports}, {@link CuelessReportModel}). Every text is written for this test.
 */
class GermanCuelessReportTest {
    private static final String RUMOUR = "Im Hafen von Lindau brannte am Sonntag eine Lagerhalle ab. Der Pächter soll die Versicherung betrogen haben.";

    @Test
    void aRumourNobodySpreadsIsACandidateWithItsForm() {
        List<CuelessCandidate> candidates = candidates(CuelessReportModel.NONE, RUMOUR, new ArrayList<>());
        assertThat(candidates).hasSize(1);
        CuelessCandidate c = candidates.get(0);
        assertThat(RUMOUR.substring(c.content().begin(), c.content().end())).startsWith("Der Pächter soll");
        assertThat(c.features()).contains("form=rumour", "perfect-infinitive", "distance=none", "length=short").doesNotContain("negated");
        assertThat(c.accepted()).isFalse();
    }

    @Test
    void aSentenceWithAStatementIsNoCandidate() {
        String text = "Die Hafenmeisterin sagte, die Halle sei versichert gewesen. Der Pächter soll die Versicherung betrogen haben.";
        List<CuelessCandidate> candidates = candidates(CuelessReportModel.NONE, text, new ArrayList<>());
        assertThat(candidates).noneMatch(c -> text.substring(c.content().begin(), c.content().end()).contains("versichert gewesen"));
    }

    @Test
    void aCandidateTheModelKeepsIsAClaim() {
        CuelessReportModel rumours = new CuelessReportModel(Map.of("form=rumour", 5.0), -1, 0.9);
        List<Statement> kept = new ArrayList<>();
        candidates(rumours, RUMOUR, kept);
        assertThat(kept).singleElement().satisfies(s -> {
            assertThat(s.sentenceText()).contains("betrogen");
            assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        });
        List<Statement> none = new ArrayList<>();
        candidates(CuelessReportModel.NONE, RUMOUR, none);
        assertThat(none).isEmpty();
    }

    @Test
    void theModelFileGivesWeightsAndThreshold() {
        CuelessReportModel model = CuelessReportModel.read(List.of("threshold\t0.6", "bias\t-1", "form=sollen\t2"));
        assertThat(model.probability(List.of("form=sollen"))).isCloseTo(1 / (1 + Math.exp(-1)), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(model.accepts(List.of("form=sollen"))).isTrue();
        assertThat(model.accepts(List.of("form=wollen"))).isFalse();
    }

    /** The candidates of the text under the model; the statements extracted go to {@code statements}. */
    private static List<CuelessCandidate> candidates(CuelessReportModel model, String text, List<Statement> statements) {
        StatementExtractor extractor = new StatementExtractor((id, error) -> {
            throw new AssertionError("extraction of article " + id + " stopped early", error);
        }, model);
        CleanArticle article = new CleanArticle("t", "outlet", null, null, text, "de", GermanExtraction.PUBLISHED, TimePrecision.MINUTE);
        List<CuelessCandidate> candidates = new ArrayList<>();
        statements.addAll(extractor.extract(extractor.read(article), candidates));
        return candidates;
    }
}
