package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Content that decides the stance whatever verb reports it: taking no position or not speculating declines
 * (NO_COMMENT); not thinking of a step says it will not happen (DENIAL). Every text is written for this test.
 */
class GermanDecliningAndNotThinkingOfTest {
    @Test
    void takingNoPositionDeclines() {
        Statement s = about(extract("Intendantin vor dem Aus?",
                "Zu laufenden Verträgen nehme man grundsätzlich nicht Stellung, sagte ein Sprecher des Hauses."), "Verträgen");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void notSpeculatingDeclines() {
        Statement s = about(extract("Bürgermeisterin Kalb tritt nicht mehr an",
                "Nach zwölf Jahren sei genug, sagte die 63-Jährige. Über ihre Nachfolge wolle sie nicht spekulieren."), "Nachfolge");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void notThinkingOfAStepDenies() {
        Statement s = about(extract("Trainer Wolter nach fünfter Pleite in Folge",
                "Ans Hinschmeißen denke er nicht, sagte der 52-Jährige."), "Hinschmeißen");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void thinkingOfSomethingClaims() {
        Statement s = about(extract("Trainer Wolter nach fünfter Pleite in Folge",
                "Er denke schon an das nächste Spiel, sagte der 52-Jährige."), "nächste Spiel");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }
}
