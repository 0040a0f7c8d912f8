package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Pilots who want to close the quay said ...": a restrictive relative clause stands between the speaker and the main verb.
 * The noun phrase right before the main verb is an object inside that clause, not its subject; the speaker is the antecedent
 * of "who", and a cue inside the clause says no more than the clause. Sentences written for this test.
 */
class EnglishRestrictiveRelativeTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void theMainVerbBehindARestrictiveRelativeClauseIsTheAntecedents() {
        Statement warned = english.about(english.extract("Crews who live near the old quay warned that the pier was unsafe."), "pier was unsafe");
        assertThat(warned.speaker().mention()).isEqualTo("Crews");
    }

    @Test
    void aFiniteVerbRightBehindThePronounMakesItThatVerbsSubject() {
        Statement said = english.about(english.extract("Skippers in Marlow who watched the vote said the toll would ruin them."), "ruin them");
        assertThat(said.speaker().mention()).isNotEqualTo("who");
    }

    @Test
    void aCueInsideTheRelativeClauseEndsBeforeTheMainVerb() {
        List<Statement> found = english.extract("Pilots who want to close the quay said the decision was wrong.");
        assertThat(found).hasSize(2);
        Statement said = english.withCue(found, "said");
        assertThat(said.speaker().mention()).isEqualTo("Pilots");
        assertThat(english.content(said)).isEqualTo("the decision was wrong");
        assertThat(english.content(english.withCue(found, "want"))).isEqualTo("to close the quay");
    }

    @Test
    void aListedVerbOfAttitudeInTheClauseTakesThePhraseAsItsObject() {
        List<Statement> found = english.extract("Skippers who oppose the new toll said the harbour board had ignored them.");
        Statement said = english.withCue(found, "said");
        assertThat(said.speaker().mention()).isEqualTo("Skippers");
        assertThat(english.content(said)).isEqualTo("the harbour board had ignored them");
    }

    @Test
    void aPhraseRightBehindAReportingVerbInTheClauseIsItsSaidClauseAndAPronounIsASubject() {
        Statement asked = english.about(english.extract("The captain asked Reed what he thought of the plan."), "thought of the plan");
        assertThat(asked.speaker().mention()).isEqualTo("The captain");
        List<Statement> found = english.extract("Residents who said the mayor warned them were angry.");
        assertThat(found).noneMatch(s -> s.speaker() != null && s.speaker().mention().equals("Residents") && "warned".equals(s.cue()));
    }
}
