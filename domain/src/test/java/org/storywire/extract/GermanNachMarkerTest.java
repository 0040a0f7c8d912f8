package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * "nach" opens a report marker only before a report noun that at most an article and adjectives precede ("nach ersten
 * Erkenntnissen", "nach den bisherigen Angaben"); "nach wie vor" is an adverb, and after a time ("Zwei Wochen nach",
 * "erst nach") "nach" tells a time. Every text is written for this test.
 */
class GermanNachMarkerTest {
    @Test
    void nachWieVorBeforeAReportNounIsNoMarker() {
        assertThat(extract("Für ältere Rechner stehen nach wie vor offizielle Quellen bereit.")).isEmpty();
    }

    @Test
    void nachWithAnArticleAndAdjectivesBeforeAReportNounIsAMarker() {
        assertThat(extract("Nach den bisherigen Angaben der Feuerwehr wurde bei dem Brand niemand verletzt.")).singleElement()
                .satisfies(s -> assertThat(s.attribution()).isEqualTo(Attribution.REPORTED));
    }

    @Test
    void nachWithANounOfExperienceIsAMarker() {
        assertThat(extract("Nach bisherigen Erfahrungen steigen die Preise im Winter.")).singleElement()
                .satisfies(s -> assertThat(s.attribution()).isEqualTo(Attribution.REPORTED));
    }

    @Test
    void nachAfterATimeIsATimeNotASourceMarker() {
        assertThat(extract("Zwei Wochen nach den ersten Meldungen über den Ausfall öffnete das Bad wieder.")).isEmpty();
        assertThat(extract("Erst nach langen Ermittlungen stand der Schaden am Dach fest.")).isEmpty();
    }

    @Test
    void nachWithAStateOfInquiryOrSomeonesWillIsAMarker() {
        assertThat(extract("Nach jetzigem Ermittlungsstand hatte der Fahrer die Ampel übersehen.")).singleElement()
                .satisfies(s -> assertThat(s.attribution()).isEqualTo(Attribution.REPORTED));
        assertThat(extract("Nach dem Willen der Landesregierung soll die Brücke bis zum Herbst saniert werden.")).singleElement()
                .satisfies(s -> {
                    assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
                    assertThat(s.speaker().mention()).contains("Landesregierung");
                });
    }
}
