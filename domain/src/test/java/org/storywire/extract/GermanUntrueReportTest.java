package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Content that denies whatever verb reports it: a report that "trifft nicht zu", rumours called exaggerated, plans
 * that "habe es nie gegeben". Every text is written for this test.
 */
class GermanUntrueReportTest {
    @Test
    void aReportThatDoesNotHoldIsDenied() {
        Statement s = about(extract("Stadtwerke: Keine Preiserhöhung im Frühjahr",
                "Der Bericht des Lokalradios treffe nicht zu, sagte eine Sprecherin."), "Lokalradios");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void rumoursCalledExaggeratedAreDenied() {
        Statement s = about(extract("Klub beruhigt Fans",
                "Gerüchte über Geldsorgen seien stark übertrieben, sagte der Präsident des Vereins."), "Geldsorgen");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void plansThatNeverExistedAreDenied() {
        Statement s = about(extract("Landrätin: Kein Abriss der Schule",
                "Solche Pläne habe es nie gegeben, sagte Landrätin Edda Kühn."), "Pläne");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void anExaggeratedFigureOfOnesOwnIsAClaim() {
        Statement s = about(extract("Ökonom warnt vor Blase",
                "Die Preise für Wohnungen seien übertrieben hoch, sagte der Ökonom Jens Bauer."), "Preise");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }
}
