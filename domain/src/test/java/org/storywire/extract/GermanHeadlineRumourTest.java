package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A headline with the reportative "soll ... haben": a claim of the outlet the teaser names, else of anonymous
 * sources. Every text is written for this test.
 */
class GermanHeadlineRumourTest {
    @Test
    void aRumourInTheTitleIsAClaimOfAnonymousSources() {
        Statement s = about(extract("Hafenchef soll Gutachten geschönt haben", "Der Hafenchef von Lindau steht seit Wochen in der Kritik."), "Gutachten");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.attribution()).isEqualTo(Attribution.ANONYMOUS_SOURCES);
        assertThat(s.speaker()).isNull();
    }

    @Test
    void theOutletTheTeaserNamesReportsTheHeadline() {
        Statement s = about(extract("Hafenchef soll Gutachten geschönt haben",
                "Der Lindauer Hafenchef hat nach Angaben des „Seeboten“ ein Gutachten zur Kaimauer ändern lassen."), "geschönt");
        assertThat(s.speaker().canonical()).isEqualTo("Seeboten");
    }

    @Test
    void anObligationIsNoRumour() {
        assertThat(extract("Reederei soll Millionen an Kunden zurückzahlen", "Ein Gericht in Lindau hat entschieden."))
                .noneMatch(s -> s.sentenceText().contains("Millionen"));
    }
}
