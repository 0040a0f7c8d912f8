package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** "Laut ..." opening a German main clause: its source is the whole Vorfeld. Every text is written for this test. */
class GermanReportMarkerTest {
    @Test
    void aSourceWithoutArticleOrNameIsTheVorfeld() {
        String text = "Laut örtlichen Medien gab es nach dem Sturm drei Verletzte.";
        Statement s = about(extract(text), "Verletzte");
        assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(s.speaker().mention()).isEqualTo("örtlichen Medien");
        assertThat(content(s, text)).isEqualTo("gab es nach dem Sturm drei Verletzte");
    }

    @Test
    void aLongSourcePhraseEndsAtTheFiniteVerbAndNamesItsGenitiveSource() {
        String text = "Laut einer am Montag verbreiteten Mitteilung des Ministeriums wurden 300 Anträge gestellt.";
        Statement s = about(extract(text), "Anträge");
        assertThat(s.speaker().mention()).isEqualTo("einer am Montag verbreiteten Mitteilung des Ministeriums");
        assertThat(s.speaker().canonical()).startsWith("Ministerium");
        assertThat(content(s, text)).isEqualTo("wurden 300 Anträge gestellt");
    }

    @Test
    void aQuotedSourceNameLosesItsQuotationMarks() {
        String text = "Laut „wetterblick.de“ bleibt es bis Sonntag kalt.";
        Statement s = about(extract(text), "kalt");
        assertThat(s.speaker().mention()).isEqualTo("wetterblick.de");
        assertThat(content(s, text)).isEqualTo("bleibt es bis Sonntag kalt");
    }

    @Test
    void calculationsAndInvestigationsAreSourcesAfterNach() {
        String text = "Nach ersten Berechnungen des Instituts steigen die Mieten im Herbst um drei Prozent. "
                + "Nach den Ermittlungen der Staatsanwaltschaft war der Fahrer betrunken.";
        Statement rents = about(extract(text), "Mieten");
        assertThat(rents.attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(content(rents, text)).isEqualTo("steigen die Mieten im Herbst um drei Prozent");
        assertThat(rents.speaker().mention()).contains("Berechnungen des Instituts");
        Statement driver = about(extract(text), "Fahrer");
        assertThat(content(driver, text)).isEqualTo("war der Fahrer betrunken");
    }

    @Test
    void zufolgeClosingTheVorfeldTakesAllItsWordsAsTheSource() {
        String text = "Ersten Angaben vom Dienstag zufolge wird die Brücke bis Mai gesperrt.";
        Statement s = about(extract(text), "Brücke");
        assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(s.speaker().mention()).isEqualTo("Ersten Angaben vom Dienstag");
        assertThat(content(s, text)).isEqualTo("wird die Brücke bis Mai gesperrt");
    }
}
