package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A German reporting verb in a frame of another sense says nothing: "wie sie sich nannte" (naming), "gingen die Lichter
 * aus" (ausgehen without "von"), "schloss den Verein aus der Liga aus" (expelling), "meldete das Patent an", "hatten sich krank gemeldet". Every text is written for this test.
 */
class GermanVerbFrameTest {
    @Test
    void aReflexiveNennenNames() {
        assertThat(extract("Die Band Kaltfront, wie sie sich selbst gerne nannte, ist aufgelöst.")).isEmpty();
    }

    @Test
    void ausgehenWithoutVonIsNoBelief() {
        assertThat(extract("Am Abend gingen in der Altstadt vielerorts die Lichter aus.")).isEmpty();
        String belief = "Die Polizei geht von einem Unfall aus.";
        assertThat(extract(belief)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("Die Polizei"));
    }

    @Test
    void ausschliessenWithASourcePhraseExpels() {
        assertThat(extract("Der Verband schloss am Montag den Verein Blau-Weiß aus seiner Liga aus.")).isEmpty();
        String ruledOut = "Die Ministerin schloss aus, dass die Steuern steigen.";
        assertThat(extract(ruledOut)).singleElement().satisfies(s -> assertThat(content(s, ruledOut)).isEqualTo("dass die Steuern steigen"));
    }

    @Test
    void anmeldenAndAReflexiveMeldenWithoutAQuotationSayNothing() {
        assertThat(extract("Im Frühjahr meldete der Tüftler das Patent für seine Kaffeemaschine Nr. 2 an.")).isEmpty();
        assertThat(extract("Am Morgen hatten sich viele Busfahrer überraschend krank gemeldet.")).isEmpty();
    }

    @Test
    void aReflexiveMeldenWithAQuotationOrZuWortSpeaks() {
        String quoted = "Der Kapitän meldete sich mit den Worten: „Wir sind gut angekommen.“";
        assertThat(extract(quoted)).extracting(s -> content(s, quoted)).contains("„Wir sind gut angekommen.“");
        // without a said part it names who took the floor, as "äußerte sich" does (GermanNarratorFormsTest)
        assertThat(extract("Nach der Abstimmung hat sich der Verband der Busfahrer zu Wort gemeldet: Die Reform komme zu spät.")).isNotEmpty();
    }

    @Test
    void aReflexiveInformierenOrVersichernSaysNothing() {
        assertThat(extract("Die Ministerin hat sich am Morgen vor Ort über die Lage am Deich informiert.")).isEmpty();
        assertThat(extract("Freiberufler müssen sich gegen Krankheit selbst versichern.")).isEmpty();
        String informed = "Die Stadtwerke informierten die Kunden, dass das Wasser abgekocht werden muss.";
        assertThat(extract(informed)).singleElement().satisfies(s -> assertThat(content(s, informed)).isEqualTo("dass das Wasser abgekocht werden muss"));
    }

    @Test
    void anfordernSendsFor() {
        assertThat(extract("Der Landrat forderte am Abend zwei Hubschrauber der Bundespolizei an.")).isEmpty();
        assertThat(extract("Der Landrat forderte am Abend zwei Hubschrauber der Bundespolizei.")).isNotEmpty();
    }

    @Test
    void bestreitenWithAContestTakesPartInIt() {
        assertThat(extract("Der SV Morlach bestreitet sein letztes Heimspiel am Samstag gegen Vellberg.")).isEmpty();
        assertThat(extract("Im Stadion bestreiten zwei Sängerinnen die Pausenshow.")).isEmpty();
        assertThat(extract("Der Trainer bestreitet zum Beispiel die Vorwürfe des Vereins.")).isNotEmpty();
        String denied = "Der Trainer bestreitet die Vorwürfe des Vereins.";
        assertThat(extract(denied)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("Der Trainer"));
    }

    @Test
    void aNamingVerbWithGenericManDefinesAWord() {
        assertThat(extract("Als Fahrradstraße bezeichnet man eine Straße, auf der Radfahrer Vorrang haben.")).isEmpty();
        assertThat(extract("Kaltfront nennt man die Grenze, an der kältere Luft wärmere verdrängt.")).isEmpty();
        String judged = "Der Bürgermeister bezeichnete den Plan als Unsinn.";
        assertThat(extract(judged)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("Der Bürgermeister"));
    }
}
