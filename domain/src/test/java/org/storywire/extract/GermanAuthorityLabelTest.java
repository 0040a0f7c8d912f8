package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Labels of authorities and of named institutions before a headline's colon: a body's noun with its field ("Bundesamt
 * für ...", "Landesagentur für ..."), the customs, and a named institution before a line of nouns report what follows.
 * Every text is written for this test.
 */
class GermanAuthorityLabelTest {
    @Test
    void aBodyWithItsFieldBehindFuerIsTheLabel() {
        Statement s = about(extract("Landesamt für Denkmalpflege: Burgruine Falkenstein wird gesichert", "Die Arbeiten dauern zwei Jahre."), "Burgruine");
        assertThat(s.speaker().mention()).isEqualTo("Landesamt für Denkmalpflege");
        Statement agency = about(extract("Landesagentur für Energie und Klima: Mehr Solardächer als je zuvor", "Im Sommer kamen 4.000 Anlagen hinzu."), "Solardächer");
        assertThat(agency.speaker().mention()).isEqualTo("Landesagentur für Energie und Klima");
    }

    @Test
    void aPlaceBehindFuerIsNoLabel() {
        assertThat(extract("Tickets für Wacken: Ansturm auf die Vorverkaufsstellen", "Die Karten waren nach einer Stunde weg."))
                .noneMatch(s -> s.sentenceText().contains("Ansturm"));
    }

    @Test
    void theCustomsReportWhatTheyFound() {
        Statement s = about(extract("Zoll: Geschmuggelte Uhren im Reisebus entdeckt", "Die Beamten stellten 80 Stück sicher."), "Uhren");
        assertThat(s.speaker().mention()).isEqualTo("Zoll");
    }

    @Test
    void aNamedInstitutionReportsALineOfNouns() {
        Statement s = about(extract("Sparkasse Wendorf: Längere Öffnungszeiten ab Januar", "Auch samstags ist dann geöffnet."), "Öffnungszeiten");
        assertThat(s.speaker().mention()).isEqualTo("Sparkasse Wendorf");
    }

    @Test
    void aShortLineOfNounsIsATopic() {
        assertThat(extract("Klinikum Wendorf: Jahresbericht 2025", "Die Zahlen im Überblick.")).isEmpty();
    }

    @Test
    void aNarratedOpeningStaysNarrated() {
        assertThat(extract("Zoo Wendorf: Neues Robbenbecken eröffnet", "Die Tiere ziehen nächste Woche ein.")).isEmpty();
    }
}
