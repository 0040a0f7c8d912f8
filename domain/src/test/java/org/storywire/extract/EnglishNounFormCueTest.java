package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * English forms found through a reporting verb's lemma that are nouns where they stand ("states", "attacks"):
 * nothing a verb governs follows them, or a finite verb does, whose subject they are. Sentences written for this test.
 */
class EnglishNounFormCueTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aFormBeforeTheEndOfItsClauseIsTheNoun() {
        assertThat(english.extract("The new ferry line now serves the Western states.")).isEmpty();
        assertThat(english.extract("Harbour fees rose after the winter attacks.")).isEmpty();
    }

    @Test
    void aFormBeforeAConjunctionOrRelativeWordIsTheNoun() {
        assertThat(english.extract("Ferries run to the coastal states where fishing still pays.")).isEmpty();
        assertThat(english.extract("The port lost cargo in both states and in the capital.")).isEmpty();
    }

    @Test
    void aFormRightBeforeAFiniteVerbIsItsSubject() {
        assertThat(english.extract("A few states have yet to count their ballots.")).isEmpty();
        assertThat(english.extract("Winter attacks made the harbour crews nervous.")).isEmpty();
    }

    @Test
    void aFormInARelativeClauseBeforeAFiniteVerbIsTheVerbOfTheGap() {
        Statement s = english.about(english.extract("The ferry line lost money again. The port kept the quay, which even the most hopeful pilots doubt will reopen in May."), "reopen");
        assertThat(s.cue()).isEqualTo("doubt");
    }

    @Test
    void theVerbKeepsItsComplement() {
        Statement s = english.about(english.extract("The ferry line lost money again. Harbour officials state that the quay is unsafe."), "quay is unsafe");
        assertThat(s.speaker().mention()).isEqualTo("Harbour officials");
    }
}
