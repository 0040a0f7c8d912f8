package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A headline label whose compound names a sector, a chain or a church ("Reisebranche:", "Modekette Lindgard:",
 * "Landeskirche:") speaks the line after its colon; a topic compound in "-handel" does not. Every text is written for
 * this test.
 */
class GermanSectorLabelTest {
    @Test
    void aSectorCompoundSpeaksItsLine() {
        Statement s = about(extract("Reisebranche: Buchungen für den Sommer auf Rekordniveau", null), "Rekordniveau");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).isEqualTo("Reisebranche");
    }

    @Test
    void aChainWithItsNameSpeaks() {
        Statement s = about(extract("Modekette Lindgard: Filialen in kleinen Städten schließen", null), "Filialen");
        assertThat(s.speaker().mention()).contains("Lindgard");
    }

    @Test
    void aTopicInHandelSpeaksNothing() {
        assertThat(extract("Drogenhandel: Zahl der Festnahmen im Hafen gestiegen", null)).isEmpty();
    }
}
