package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** Not ruling something out allows for it: a claim, not declining to comment. Every sentence is invented for this test. */
class GermanRuledOutTest {
    @Test
    void aNegatedRulingOutIsAClaim() {
        Statement s = about(extract("Die Bürgermeisterin schließt eine Erhöhung der Grundsteuer nicht mehr aus."), "Grundsteuer");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        Statement modal = about(extract("Der Parteichef will Neuwahlen im Herbst nicht ausschließen."), "Neuwahlen");
        assertThat(modal.stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void rulingOutStaysADenialAndANegatedCommentStaysDeclining() {
        assertThat(about(extract("Die Bürgermeisterin schloss eine Erhöhung der Grundsteuer aus."), "Grundsteuer").stance()).isEqualTo(Stance.DENIAL);
        assertThat(about(extract("Zu den Plänen wollte sich der Parteichef nicht äußern."), "Plänen").stance()).isEqualTo(Stance.NO_COMMENT);
    }
}
