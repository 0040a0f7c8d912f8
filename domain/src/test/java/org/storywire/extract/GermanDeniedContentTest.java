package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** What a German statement says that denies whatever verb reports it. Every text is invented. */
class GermanDeniedContentTest {
    @Test
    void wederNochAfterEsGibtDeniesAsKeinDoes() {
        Statement s = about(extract("Es gebe weder einen Vertrag noch Verhandlungen, teilte der Verein Blau-Weiß Ahlen mit."), "weder");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void nothingOfItIsTrueDenies() {
        Statement s = about(extract("„An der Geschichte ist nichts wahr“, sagte die Sprecherin des Hafenamts."), "nichts wahr");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void accusationsCalledConstructedAreDenied() {
        Statement s = about(extract("Die Vorwürfe gegen ihn seien konstruiert, sagte der Bauunternehmer Olaf Senn."), "konstruiert");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aBuildingConstructedIsNoDenial() {
        Statement s = about(extract("Die Halle sei von einem Ingenieur aus Kessin konstruiert worden, sagte der Bürgermeister."), "Halle");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void reportsCalledPropagandaOrLiesAreDenied() {
        Statement a = about(extract("Der Präsident von Kalvarien, Tomas Brink, hat Berichte über geplante Manöver als „Propaganda“ bezeichnet."), "Manöver");
        assertThat(a.stance()).isEqualTo(Stance.DENIAL);
        Statement b = about(extract("Die Behauptungen des Investors seien Lügen, sagte die Bürgermeisterin von Wessel."), "Lügen");
        assertThat(b.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void propagandaSpokenOfWithoutAReportIsNoDenial() {
        Statement s = about(extract("Die Ausstellung zeige Propaganda aus drei Jahrzehnten, sagte die Kuratorin Ilse Marten."), "Ausstellung");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void commentingOnNoRumoursDeclines() {
        Statement s = about(extract("„Wir kommentieren grundsätzlich keine Gerüchte“, sagte eine Sprecherin der Brauerei Hollweg."), "Gerüchte");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
    }
}
