package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only a verb of saying inverts with its subject after a comma; a verb whose object is what its subject judges ("praised", "opposed") keeps it before it: the comma closes an apposition. Sentences written for this test. */
class EnglishQuotativeInversionTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aJudgingVerbAfterAnAppositionKeepsItsSubjectBeforeIt() {
        List<Statement> found = english.extract("The head of the harbour board, Ada Croft, praised the efforts of the council to fix the pier.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Ada Croft");
        assertThat(english.content(found.get(0))).contains("the efforts of the council");
    }

    @Test
    void aJudgingVerbAfterAnInsertedClauseReportsItsObject() {
        List<Statement> found = english.extract("Tom Reed supported the plan and Ada Croft, as she has in the past, opposed the measure.");
        assertThat(english.content(english.withCue(found, "opposed"))).isEqualTo("the measure");
    }

    @Test
    void anyVerbOtherThanOneOfSayingKeepsItsSubjectBeforeIt() {
        Statement offered = english.withCue(english.extract("Her husband, Tom Reed, offered a preview of the mayor's thinking in an interview."), "offered");
        assertThat(offered.speaker().mention()).isEqualTo("Tom Reed");
        assertThat(english.content(offered)).contains("a preview of the mayor's thinking");
    }

    @Test
    void aVerbOfSayingStillInvertsAfterTheComma() {
        List<Statement> found = english.extract("The pier is safe again, said Ada Croft.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Ada Croft");
        assertThat(english.content(found.get(0))).isEqualTo("The pier is safe again");
    }
}
