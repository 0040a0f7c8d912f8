package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Reflexive "sich bestätigen" says a suspicion or a fear proved true; no one confirms anything, and a frame of the same
 * sentence ("wie die Staatsanwaltschaft mitteilte") speaks it. Every text is written for this test.
 */
class GermanReflexiveConfirmTest {
    @Test
    void aSuspicionThatProvedTrueIsNoConfirmation() {
        assertThat(extract("Ermittlungen in Hollbach", "Der Verdacht auf Brandstiftung hat sich bestätigt.")).isEmpty();
    }

    @Test
    void theFrameOfTheSentenceSpeaksIt() {
        Statement s = about(extract("Verfahren eingestellt",
                "Ein Verdacht der Untreue habe sich nicht bestätigt, wie die Staatsanwaltschaft am Montag mitteilte."), "Untreue");
        assertThat(s.speaker().mention()).isEqualTo("die Staatsanwaltschaft");
    }

    @Test
    void confirmingWithAReflexiveInTheSaidClauseStillConfirms() {
        Statement s = about(extract("Unfall auf der B12", "Die Polizei bestätigte, dass sich der Unfall am Morgen ereignet habe."), "Unfall am Morgen");
        assertThat(s.stance()).isEqualTo(Stance.CONFIRMATION);
    }
}
