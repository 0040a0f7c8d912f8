package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** A report noun as the source ("Berichten zufolge", "nach Polizeiangaben") names no one, or its author in the compound. Texts written for this test. */
class GermanReportSourceTest {
    @Test
    void reportsAloneAreAnAnonymousSource() {
        Statement s = about(extract("Berichten zufolge soll der Fahrer zu schnell gefahren sein."), "Fahrer");
        assertThat(s.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
        Statement media = about(extract("Medienberichten zufolge plant die Reederei Holmsand einen Umbau."), "Umbau");
        assertThat(media.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
    }

    @Test
    void aCompoundNamesTheReportsAuthor() {
        Statement s = about(extract("Nach Polizeiangaben wurden bei dem Unfall drei Menschen verletzt."), "verletzt");
        assertThat(s.speaker().mention()).isEqualTo("Polizeiangaben");
        assertThat(s.speaker().canonical()).isEqualTo("Polizei");
        assertThat(s.speaker().kind()).isEqualTo(SpeakerKind.ORGANISATION);
    }
}
