package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Verbs of saying from sport, courts and science pages: scolding, pleading for a verdict,
 * finding out; keeping oneself covered declines to comment. Every text is written for this test.
 */
class GermanTellingCueTest {
    @Test
    void scoldingPleadingAndFindingOutAreSaying() {
        assertThat(about(extract("Der Ausgleich sei irregulär gewesen, schimpfte der Trainer nach dem Spiel."), "irregulär").speaker().mention())
                .contains("Trainer");
        assertThat(about(extract("Die Anklage plädierte auf eine Bewährungsstrafe von zwei Jahren."), "Bewährungsstrafe").speaker().mention())
                .contains("Anklage");
        assertThat(about(extract("Die Biologen fanden heraus, dass Igel nachts bis zu drei Kilometer wandern."), "Igel").speaker().mention())
                .contains("Biologen");
    }

    @Test
    void keepingCoveredDeclinesToComment() {
        Statement s = about(extract("Zu den Plänen hält sich die Reederei Harmsen bedeckt."), "Plänen");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void regrettingADecisionReactsToIt() {
        assertThat(about(extract("Der Heimatverein bedauerte, dass der Stadtrat den alten Wasserturm abreißen lässt."), "Wasserturm").speaker().mention())
                .contains("Heimatverein");
    }
}
