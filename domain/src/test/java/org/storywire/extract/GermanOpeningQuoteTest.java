package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A German quotation opening its sentence with no cue of the lexicons: framed by another finite verb and its subject
 * after the comma, or the whole sentence after one about someone. Every text is written for this test.
 */
class GermanOpeningQuoteTest {
    @Test
    void aWholeSentenceQuotationAfterASentenceAboutARole() {
        String text = "Ministerpräsidentin Karla Wendt will am Kurs festhalten. „Wir wollen ein Land, auf das man sich verlassen kann.“";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(content(found.get(0), text)).isEqualTo("„Wir wollen ein Land, auf das man sich verlassen kann.“");
        assertThat(found.get(0).attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
        assertThat(found.get(0).speaker().mention()).contains("Karla Wendt");
    }

    @Test
    void aWholeSentenceQuotationAfterNarrationIsTheLastSpeakersWords() {
        String text = "Der Vereinschef Arno Kessler sagte, die Saison sei noch nicht verloren. Die Kasse des Vereins ist seit Jahren knapp. "
                + "„Wir haben längst neue Partner gefunden. Die Halle wird bis 2030 finanziert.“";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(2);
        assertThat(content(found.get(1), text)).isEqualTo("„Wir haben längst neue Partner gefunden. Die Halle wird bis 2030 finanziert.“");
        assertThat(found.get(1).speaker().canonical()).isEqualTo("Arno Kessler");
    }

    @Test
    void aQuotedTitleStandingAloneAfterNarrationIsNobodysWords() {
        String text = "Der Vereinschef Arno Kessler sagte, die Saison sei noch nicht verloren. Die Ausstellung im Foyer trägt einen Namen. "
                + "„Gedenken an einen großen Spieler“";
        assertThat(extract(text)).hasSize(1);
    }

    @Test
    void aBodyNamedByItsAcronym() {
        String text = "Die NVP will die Schulen stärken. „Jedes Kind soll eine gute Schule in der Nähe finden.“";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Die NVP");
    }

    @Test
    void anyFiniteVerbWithItsSubjectAfterTheComma() {
        String text = "Das Spiel endete unentschieden. „Wir haben jetzt vier Punkte und brauchen nur noch einen Sieg“, freute sich der Trainer Tarlands.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(content(found.get(0), text)).isEqualTo("„Wir haben jetzt vier Punkte und brauchen nur noch einen Sieg“");
        assertThat(found.get(0).speaker().mention()).isEqualTo("der Trainer Tarlands");
    }

    @Test
    void noOneInTheSentenceBeforeNoStatement() {
        assertThat(extract("Der Regen hörte am Abend auf. „Es war ein langer und harter Tag für alle.“")).isEmpty();
    }

    @Test
    void aShortTitleAfterTheCommaIsNoQuotation() {
        assertThat(extract("Im Herbst gibt es neue Bücher. „Der lange Weg“, zeigt der Verlag Nordlicht im Schaufenster.")).isEmpty();
    }
}
