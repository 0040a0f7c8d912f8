package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A forecast with its object ("rechnet mit einem Verlust") is a statement of whoever reckons; a presiding body
 * ("Polizeipräsidium") speaks as a headline label. Every text is written for this test.
 */
class GermanForecastAndBodyCueTest {
    @Test
    void reckoningWithSomethingForecastsIt() {
        Statement s = about(extract("Der Versandhändler rechnet für das laufende Jahr mit einem Umsatzplus von fünf Prozent."), "Umsatzplus");
        assertThat(s.speaker().mention()).contains("Versandhändler");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aPresidingBodySpeaksAsALabel() {
        Statement s = about(GermanExtraction.extract("Polizeipräsidium: Kundgebung blieb weitgehend ruhig",
                "Etwa 800 Menschen zogen durch die Altstadt von Wersdorf."), "Kundgebung");
        assertThat(s.speaker().mention()).contains("Polizeipräsidium");
    }
}
