package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Cues of admitting ("gestand ... ein"), doubting ("zweifeln an") and reporting in the plural ("melden"), and an
 * institution whose noun ends like an abstract one ("Bistum") as the subject of a headline's cue. Every text is
 * written for this test.
 */
class GermanAdmittingAndDoubtingTest {
    @Test
    void eingestehenAdmits() {
        Statement s = about(extract("Die Landrätin gestand am Dienstag vor dem Kreistag Fehler bei der Planung ein."), "Fehler");
        assertThat(s.stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(s.speaker().mention()).isEqualTo("Die Landrätin");
        assertThat(about(extract("Der Bürgermeister gestand ein, dass die Kosten zu niedrig angesetzt waren."), "Kosten").stance())
                .isEqualTo(Stance.CONFIRMATION);
    }

    @Test
    void confessingACrimeWithTheArticleEinIsNoCue() {
        assertThat(extract("Der Angeklagte gestand ein Verbrechen aus Eifersucht.")).isEmpty();
    }

    @Test
    void doubtingWithItsObjectIsAClaim() {
        Statement s = about(extract("Naturschützer zweifeln an der Wirksamkeit der neuen Fischtreppe."), "Fischtreppe");
        assertThat(s.speaker().mention()).isEqualTo("Naturschützer");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(about(extract("Die Opposition zweifelt daran, dass der Haushalt hält."), "Haushalt").speaker().mention())
                .isEqualTo("Die Opposition");
    }

    @Test
    void meldenInThePluralReports() {
        Statement s = about(extract("Bäcker melden Umsatzeinbruch nach Preiserhöhung", null), "Umsatzeinbruch");
        assertThat(s.speaker().mention()).isEqualTo("Bäcker");
    }

    @Test
    void aBishopricActsThoughItsNounEndsLikeAnAbstractOne() {
        Statement s = about(extract("Erzbistum weist Bericht über geheime Zahlungen zurück", null), "Zahlungen");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
        assertThat(s.speaker().mention()).isEqualTo("Erzbistum");
    }
}
