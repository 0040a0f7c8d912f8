package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Denials that a German statement's content makes without calling anything false: a speaker clearing themselves
 * (knowing nothing, nothing to reproach themselves with, innocent), "zu keinem Zeitpunkt", a danger said not to exist, a possibility ruled out ("kommt nicht in Frage", "kein Thema"); and the like forms that deny nothing. Every
 * text is written for this test.
 */
class GermanExculpationContentTest {

    private static Stance stanceOf(String text, String words) {
        return about(extract(text), words).stance();
    }

    @Test
    void aSpeakerClearingThemselvesDenies() {
        assertThat(stanceOf("Von den Absprachen mit dem Lieferanten habe sie nichts gewusst, sagte die frühere Einkaufsleiterin.", "Absprachen"))
                .isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("„Ich wusste wirklich von nichts“, sagte der Kassierer des Schützenvereins Hohenbruch.", "wusste"))
                .isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Er habe sich nichts vorzuwerfen, sagte der Bauamtsleiter von Wendstedt.", "vorzuwerfen"))
                .isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Ihr Mandant sei unschuldig, erklärte die Anwältin Petra Selm.", "Mandant")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void knowingSomethingIsNoDenial() {
        assertThat(stanceOf("Von den Absprachen habe sie seit Monaten gewusst, sagte die frühere Einkaufsleiterin.", "Absprachen"))
                .isEqualTo(Stance.CLAIM);
    }

    @Test
    void atNoTimeDenies() {
        assertThat(stanceOf("Die Kundendaten seien zu keinem Zeitpunkt in Gefahr gewesen, erklärte der Versandhändler Lindo.", "Kundendaten"))
                .isEqualTo(Stance.DENIAL);
    }

    @Test
    void aDangerSaidNotToExistIsDenied() {
        assertThat(stanceOf("Eine Gefahr für die Anwohner bestehe nicht, sagte der Einsatzleiter der Feuerwehr Moorbach.", "Anwohner"))
                .isEqualTo(Stance.DENIAL);
    }

    @Test
    void aDangerWarnedOfIsAClaim() {
        assertThat(stanceOf("Eine Gefahr für die Anwohner bestehe weiterhin, sagte der Einsatzleiter der Feuerwehr Moorbach.", "Anwohner"))
                .isEqualTo(Stance.CLAIM);
    }

    @Test
    void aPossibilityRuledOutIsDenied() {
        assertThat(stanceOf("Ein Verkauf des Stadions komme für ihn nicht in Frage, sagte der Präsident des FC Lohwald.", "Stadions"))
                .isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("„Ein Wechsel ist für mich kein Thema“, sagte der Torwart.", "Wechsel")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aTopicNamedIsNoDenial() {
        assertThat(stanceOf("„Die Sanierung ist für uns ein großes Thema“, sagte der Bürgermeister.", "Sanierung")).isEqualTo(Stance.CLAIM);
    }
}
