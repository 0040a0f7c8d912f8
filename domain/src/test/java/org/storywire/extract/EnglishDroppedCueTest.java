package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Listed English cues that a word beside them used to hide. Sentences written for this test. */
class EnglishDroppedCueTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void theBareFormOfCallForIsACue() {
        Statement s = english.withCue(english.extract("But the harbour master did call for more patrols on the quay."), "call for");
        assertThat(s.speaker().mention()).isEqualTo("the harbour master");
        assertThat(english.content(s)).contains("more patrols on the quay");
    }

    @Test
    void aVerbBehindASubordinatorDoesNotTakeTheQuotationBeforeTheSubject() {
        List<Statement> statements = english.extract("“The quay is safe,” Ada Croft told reporters when asked which pier would close.");
        assertThat(english.withCue(statements, "told").speaker().mention()).isEqualTo("Ada Croft");
        assertThat(english.content(english.withCue(statements, "told"))).isEqualTo("“The quay is safe,”");
        assertThat(english.content(english.withCue(statements, "asked"))).isEqualTo("which pier would close");
    }

    @Test
    void allFloatingBehindTheSubjectLeavesTheVerbACue() {
        Statement s = single(english.extract("Tom Reed, Ada Croft and Jane Albers all suggested that the ferry should stop."));
        assertThat(s.cue()).isEqualTo("suggested");
        assertThat(english.content(s)).contains("the ferry should stop");
        // "all claims": a form that can be a noun stays one behind "all"
        assertThat(english.extract("The board rejected all claims about the ferry.")).allMatch(x -> !"claims".equals(x.cue()));
    }

    private static Statement single(List<Statement> statements) {
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }
}
