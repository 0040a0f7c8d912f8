package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Feed items and teasers whose headline stands only in the title: the title is read as the
 * article's first line, once. Every text is written for this test.
 */
class GermanTitleTest {
    private static final String TEASER = "Der Konzern Halvor aus Lindau bleibt nach eigenen Angaben eigenständig.";

    @Test
    void aDenialInTheTitleIsAStatementAnchoredInTheTitle() {
        String title = "Konzern dementiert Bericht über Übernahme";
        Statement s = about(extract(title, TEASER), "dementiert");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
        assertThat(s.speaker().mention()).isEqualTo("Konzern");
        assertThat(s.sentenceText()).isEqualTo(title);
        assertThat(s.sentence().begin()).isZero();
        assertThat(content(s, title)).isEqualTo(title.substring(s.content().begin()));
    }

    @Test
    void aTitleWithoutAnyTextStillSpeaks() {
        Statement s = about(extract("Regierung bestätigt Gespräche mit Gewerkschaft", ""), "bestätigt");
        assertThat(s.stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(s.speaker().canonical()).isEqualTo("Regierung");
    }

    @Test
    void headlineLabelsAndColonQuotesApplyToTheTitle() {
        Statement label = about(extract("Werkschef: Keine Stellen in Gefahr", TEASER), "Keine Stellen");
        assertThat(content(label, "Werkschef: Keine Stellen in Gefahr")).isEqualTo("Keine Stellen in Gefahr");
        assertThat(label.speaker().mention()).isEqualTo("Werkschef");

        Statement quote = about(extract("Ministerin Vogt: »Wir prüfen das«", "Die Ministerin will den Antrag genau ansehen."), "prüfen");
        assertThat(quote.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
        assertThat(quote.speaker().canonical()).isEqualTo("Vogt");
    }

    @Test
    void aTitleTheTextRepeatsIsReadOnce() {
        String title = "Konzern dementiert Bericht über Übernahme";
        for (String text : List.of(title + "\n" + TEASER, "Lindau. " + title + ".\n" + TEASER)) {
            assertThat(extract(title, text)).filteredOn(s -> s.sentenceText().contains("ementiert")).hasSize(1);
        }
    }

    @Test
    void statementsOfTheTextKeepTheirOffsetsInTheText() {
        String text = "Die Werft hat Kurzarbeit angemeldet. „Wir halten alle Stellen“, sagte Betriebsrätin Mara Quist.";
        Statement withTitle = about(extract("Werft meldet Kurzarbeit an", text), "Stellen");
        Statement alone = about(extract(text), "Stellen");
        assertThat(withTitle.content()).isEqualTo(alone.content());
        assertThat(withTitle.sentence()).isEqualTo(alone.sentence());
        assertThat(withTitle.speaker().mentionSpan()).isEqualTo(alone.speaker().mentionSpan());
        assertThat(content(withTitle, text)).contains("Wir halten alle Stellen");
    }

    @Test
    void aQuotationOpeningTheTextGoesOnFromNoStatementOfTheTitle() {
        String text = "„Ja, es gibt Engpässe.“ Das räumte Finanzministerin Ute Brandl am Dienstag ein.";
        List<Statement> withTitle = extract("Haushaltsstreit: „Ja, es gibt Engpässe“", text);
        assertThat(withTitle).filteredOn(s -> !s.sentenceText().startsWith("Haushaltsstreit")).isNotEmpty()
                .allMatch(s -> s.speaker() != null && "Ute Brandl".equals(s.speaker().canonical()));
    }
}
