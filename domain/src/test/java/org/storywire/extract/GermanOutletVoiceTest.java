package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** The outlet's own first person in a teaser reports no one; a quoted or labelled "wir" still speaks. Invented text. */
class GermanOutletVoiceTest {
    @Test
    void theOutletExplainingItsPieceIsNoStatement() {
        assertThat(extract("Heizkosten: So lesen Sie Ihre Abrechnung", "Wir erklären, welche Posten Mieter prüfen sollten.")).isEmpty();
    }

    @Test
    void theOutletsEditorIsNoSpeaker() {
        assertThat(extract("Backen im Advent", "Unsere Redakteurin verrät ihre Tricks für Vanillekipferl.")).isEmpty();
    }

    @Test
    void aQuotedWeStillSpeaks() {
        Statement s = about(extract("„Wir erklären den Streik für beendet“, sagte die Gewerkschafterin Lea Dorn."), "Streik");
        assertThat(s.speaker().canonical()).contains("Dorn");
    }

    @Test
    void aLabelSpeakingInTheFirstPersonStillSpeaks() {
        Statement s = about(extract("Mieterbund: Wir klagen gegen die Erhöhung", "Der Streit um die Nebenkosten in Wellau geht weiter."), "klagen");
        assertThat(s.speaker().mention()).isEqualTo("Mieterbund");
    }
}
