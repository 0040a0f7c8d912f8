package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A title sums up a position taken with a verb of judging, welcoming, threatening or resisting ("Verband kritisiert
 * ...", "Bund begrüßt ...", "Gewerkschaft droht mit ...", "Sängerin wehrt sich gegen Vorwürfe", "Firma tritt Berichten
 * entgegen"); running text narrates with the same verbs. Every text is written for this test.
 */
class GermanHeadlinePositionTest {
    @Test
    void aJudgingVerbInTheTitleClaims() {
        Statement s = about(extract("Elternverband kritisiert Stundenausfall an Gymnasien", "Im Herbst fielen viele Stunden aus."), "Stundenausfall");
        assertThat(s.speaker().mention()).isEqualTo("Elternverband");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aJudgingVerbInRunningTextNamesOnlyATopic() {
        assertThat(extract("Der Elternverband kritisierte den Stundenausfall.")).isEmpty();
    }

    @Test
    void welcomingInTheTitleClaims() {
        Statement s = about(extract("Mieterbund begrüßt neue Mietobergrenze", "Die Regel gilt ab Juli."), "Mietobergrenze");
        assertThat(s.speaker().mention()).isEqualTo("Mieterbund");
    }

    @Test
    void aThreatInTheTitleClaims() {
        Statement s = about(extract("Pflegekräfte drohen mit Arbeitsniederlegung", "Die Gespräche stocken."), "Arbeitsniederlegung");
        assertThat(s.speaker().mention()).isEqualTo("Pflegekräfte");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void resistingAnAccusationInTheTitleDenies() {
        Statement s = about(extract("Sängerin Mara Ost wehrt sich gegen Betrugsvorwürfe", "Ihr Label prüft die Verträge."), "Betrugsvorwürfe");
        assertThat(s.speaker().mention()).contains("Ost");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void steppingAgainstReportsInTheTitleDenies() {
        Statement s = about(extract("Reederei tritt Berichten über Verkauf entgegen", "Die Flotte bleibt im Besitz der Familie."), "Verkauf");
        assertThat(s.speaker().mention()).isEqualTo("Reederei");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void resistingInRunningTextSaysNothing() {
        assertThat(extract("Der Mann wehrte sich gegen die Festnahme.")).isEmpty();
    }
}
