package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English relative pronouns as the subject of a reporting verb in their clause: the quotation corpora give the pronoun
 * as written ("who", "which") as the speaker, standing for its antecedent. Sentences written for this test.
 */
class EnglishRelativeSubjectTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aPrepositionalPhraseMayStandBetweenPronounAndVerb() {
        List<Statement> found = english.extract("The ferry line lost money again. Mayor Tom Reed, who on Tuesday endorsed the new toll, left early.");
        Statement endorsed = english.withCue(found, "endorsed");
        assertThat(endorsed.speaker().mention()).isEqualTo("who");
        assertThat(endorsed.speaker().canonical()).isEqualTo("Tom Reed");
    }

    @Test
    void aVerbCoordinatedWithTheFirstSharesThePronoun() {
        List<Statement> found = english.extract("The ferry line lost money again. Jane Albers, who drove to the harbour office every week and warned that fares would rise, left early.");
        assertThat(english.about(found, "fares would rise").speaker().mention()).isEqualTo("who");
    }

    @Test
    void aParenthesisRightBehindThePronounIsSkipped() {
        List<Statement> found = english.extract("The ferry line lost money again. Jane Albers, who, in a letter to the council, warned that the quay was unsafe, resigned.");
        assertThat(english.about(found, "quay was unsafe").speaker().mention()).isEqualTo("who");
    }

    @Test
    void aNounBehindThePronounIsTheClausesOwnSubject() {
        List<Statement> found = english.extract("The ferry line raised the toll, which critics said was far too high.");
        assertThat(english.withCue(found, "said").speaker().mention()).isEqualTo("critics");
    }

    @Test
    void aThingsWhichIsTheMentionAsWritten() {
        List<Statement> found = english.extract("The harbour office repeated an old story, which suggests that the route will close.");
        assertThat(english.withCue(found, "suggests").speaker().mention()).isEqualTo("which");
    }

    @Test
    void thoseTakesARestrictiveClause() {
        List<Statement> found = english.extract("The ferry line lost money again. Among the fishermen, those who complained that the toll was unfair left early.");
        assertThat(english.about(found, "toll was unfair").speaker().mention()).isEqualTo("who");
    }
}
