package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** Title forms of German feed items beside the labels: "laut" before a colon, a quotation after a label with its topic, the source of "verlauten". Every text is written for this test. */
class GermanTitleLeftoverTest {
    private static final String TEASER = "Die Firma Halvor aus Lindau steckt seit Monaten in der Krise.";

    @Test
    void aSpeakerAfterLautStopsAtTheColon() {
        String title = "Laut Bericht: Ministerin Brandl plant ihren Rücktritt";
        Statement s = about(extract(title, TEASER), "Rücktritt");
        assertThat(s.speaker().mention()).isEqualTo("Bericht");
        assertThat(content(s, title)).isEqualTo("Ministerin Brandl plant ihren Rücktritt");
    }

    @Test
    void aQuotationAfterALabelWithItsTopicIsTheLabelsWords() {
        String title = "Sprecherin zu Stellenabbau: „Wir entlassen niemanden“";
        Statement s = about(extract(title, TEASER), "niemanden");
        assertThat(s.speaker().mention()).isEqualTo("Sprecherin");
        assertThat(content(s, title)).isEqualTo("„Wir entlassen niemanden“");
    }

    @Test
    void aBodyWithItsTopicSpeaksTheQuotation() {
        String title = "Landratsamt zu Haushaltsloch: „Wir sparen beim Personal“";
        Statement s = about(extract(title, TEASER), "Personal");
        assertThat(s.speaker().mention()).isEqualTo("Landratsamt");
        assertThat(s.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
    }

    @Test
    void verlautenHasItsSourceInTheAusPhrase() {
        String text = "Die Firma Halvor will das Werk in Lindau schließen, wie aus Konzernkreisen verlautete.";
        Statement s = about(extract(text), "schließen");
        assertThat(s.speaker().mention()).isEqualTo("Konzernkreisen");
    }

    @Test
    void verlautenOpeningWithItsAusPhrase() {
        String text = "Aus dem Rathaus von Lindau verlautete am Abend, die Halle bleibe geschlossen.";
        Statement s = about(extract(text), "Halle");
        assertThat(s.speaker().mention()).contains("Rathaus");
    }
}
