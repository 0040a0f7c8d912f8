package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English sentences where one speaker's second verb says something of its own beside the first: a
 * participle taking a clause or a noun phrase (also after a denial that rejects no report), a coordinated verb behind a negation. Each is a statement of its own,
 * and the first statement ends before it. Sentences written for this test.
 */
class EnglishSecondAttributionTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aParticipleWhoseClauseHasAPastTenseVerbIsAStatementOfItsOwn() {
        List<Statement> found = english.extract("The harbour master echoed the ferry line's complaint, saying most residents wanted the quay to stay open.");
        assertThat(found).hasSize(2);
        Statement saying = english.withCue(found, "saying");
        assertThat(english.content(saying)).isEqualTo("most residents wanted the quay to stay open");
        assertThat(saying.speaker().mention()).isEqualTo("The harbour master");
        assertThat(english.content(english.withCue(found, "echoed"))).isEqualTo("the ferry line's complaint");
    }

    @Test
    void aParticipleEndsTheInfinitiveBeforeItAndItsVerb() {
        List<Statement> found = english.extract("The council has threatened to veto the plan, arguing the repairs would cost too much.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "threatened"))).isEqualTo("to veto the plan");
        Statement arguing = english.withCue(found, "arguing");
        assertThat(english.content(arguing)).isEqualTo("the repairs would cost too much");
        assertThat(arguing.speaker().mention()).isEqualTo("The council");
    }

    @Test
    void aParticipleWithANounPhraseIsAStatementOfItsOwn() {
        List<Statement> found = english.extract("The mayor praised the plan, citing the revised budget.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "praised"))).isEqualTo("the plan");
        Statement citing = english.withCue(found, "citing");
        assertThat(english.content(citing)).isEqualTo("the revised budget");
        assertThat(citing.speaker().mention()).isEqualTo("The mayor");
    }

    @Test
    void aParticipleAfterADenialThatRejectsNoReportArguesSomethingOfItsOwn() {
        List<Statement> found = english.extract("The ferry line dismissed the mayor as a poor manager, arguing that the quay had been run well for years.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "dismissed"))).isEqualTo("the mayor as a poor manager");
        Statement arguing = english.withCue(found, "arguing");
        assertThat(english.content(arguing)).isEqualTo("that the quay had been run well for years");
        assertThat(arguing.speaker().mention()).isEqualTo("The ferry line");
    }

    @Test
    void aNegatedVerbAfterButSharesTheSubjectAndEndsTheStatementBefore() {
        List<Statement> found = english.extract("The mayor said that she would review the plan but did not say when the quay would reopen.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "said"))).isEqualTo("that she would review the plan");
        Statement second = english.withCue(found, "say");
        assertThat(english.content(second)).isEqualTo("when the quay would reopen");
        assertThat(second.speaker().mention()).isEqualTo("The mayor");
    }

    @Test
    void aRelativeClauseBehindAnInvertedCueSaysSomethingOfItsOwn() {
        List<Statement> found = english.extract("“We are tired,” said Ben Ash, who said he would vote for the mayor.");
        assertThat(found).hasSize(2);
        assertThat(english.content(found.get(0))).isEqualTo("“We are tired,”");
        Statement relative = english.withContent(found, "he would vote for the mayor");
        assertThat(relative.speaker().canonical()).isEqualTo("Ben Ash");
    }

    @Test
    void aPronounSubjectBehindAnInvertedCueOpensAStatementOfItsOwn() {
        List<Statement> found = english.extract("“It is fine,” said Kim Loh, though she added that she expected the dispute to fade.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "added"))).isEqualTo("that she expected the dispute to fade");
    }

    @Test
    void aFrontedClauseEndsAtItsCommaWhenAnAdverbialStandsBeforeTheMainSubject() {
        List<Statement> found = english.extract("Although in March she said the ferry plan was a mistake, at the council meeting this week she said she did not regret it.");
        assertThat(found).hasSize(2);
        assertThat(found).extracting(english::content).containsExactly("the ferry plan was a mistake", "she did not regret it");
    }

    @Test
    void aFrontedClauseEndsAtItsCommaWhenTheMainSubjectHasARelativeClause() {
        List<Statement> found = english.extract("While many boat owners have expressed doubts about the levy, owners who attended the hearing said on Monday that the quay should stay open.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "expressed"))).isEqualTo("doubts about the levy");
        assertThat(english.content(english.withCue(found, "said"))).contains("the quay should stay open");
    }

    @Test
    void aParticipleBehindTheCommaAfterTheVerbLeavesTheFrontClauseToTheVerb() {
        List<Statement> found = english.extract("The quay will close in May, the harbour master said, adding that the ferry would still run.");
        assertThat(english.content(english.withCue(found, "said"))).startsWith("The quay will close in May").doesNotContain("adding");
        assertThat(english.content(english.withCue(found, "adding"))).isEqualTo("that the ferry would still run");
    }

    @Test
    void aFrontedParticiplePhraseIsNoSaidClause() {
        List<Statement> found = english.extract("Weighing in on the plan, the mayor agreed, saying the quay was unsafe.");
        assertThat(found).extracting(english::content).anyMatch(c -> c.contains("the quay was unsafe"));
        assertThat(found).extracting(english::content).noneMatch(c -> c.startsWith("Weighing"));
    }
}
