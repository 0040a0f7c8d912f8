package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "nach" and a report noun in its plural or genitive form, or a noun of what is known so far: the source of the clause
 * after it. Every text is written for this test.
 */
class GermanReportNounFormTest {
    @Test
    void aPluralTheListDoesNotSpell() {
        String text = "Nach ersten Untersuchungen der Feuerwehr hat ein Kurzschluss den Brand ausgelöst.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(content(found.get(0), text)).isEqualTo("hat ein Kurzschluss den Brand ausgelöst");
        assertThat(found.get(0).speaker().mention()).contains("Feuerwehr");
    }

    @Test
    void theWishesOfABody() {
        String text = "Die Stadt plant neue Radwege. Nach den Vorstellungen des Stadtrats sollen sie bis zum Sommer fertig sein.";
        Statement found = GermanExtraction.about(extract(text), "Vorstellungen");
        assertThat(found.attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(found.speaker().mention()).contains("Stadtrats");
    }

    @Test
    void whatIsKnownSoFar() {
        String text = "Nach bisherigem Kenntnisstand hat ein Kurzschluss das Feuer in der Halle ausgelöst.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(content(found.get(0), text)).isEqualTo("hat ein Kurzschluss das Feuer in der Halle ausgelöst");
    }

    @Test
    void aDraftLaysDownWhatIsPlanned() {
        String text = "Nach dem Gesetzentwurf des Ministeriums sollen die Gebühren im Herbst steigen.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(content(found.get(0), text)).isEqualTo("sollen die Gebühren im Herbst steigen");
        assertThat(found.get(0).speaker().mention()).contains("Ministeriums");
    }

    @Test
    void aLawAndADocumentSayWhatHolds() {
        assertThat(extract("Nach dem Grundgesetz darf niemand wegen seines Glaubens benachteiligt werden.")).singleElement()
                .satisfies(s -> assertThat(s.attribution()).isEqualTo(Attribution.REPORTED));
        assertThat(extract("Nach einem internen Dokument fehlen der Behörde dreihundert Stellen.")).singleElement()
                .satisfies(s -> assertThat(s.attribution()).isEqualTo(Attribution.REPORTED));
    }

    @Test
    void aPlan() {
        assertThat(extract("Nach einem Plan der Stadtwerke wird die Brücke im Mai gesperrt.")).singleElement()
                .satisfies(s -> assertThat(s.speaker().mention()).contains("Stadtwerke"));
    }

    @Test
    void afterACeasefireIsATimeNotASource() {
        assertThat(extract("Nach dem Waffenstillstand kehrten die Familien in ihre Dörfer zurück.")).isEmpty();
    }

    @Test
    void afterTheGameIsATimeNotASource() {
        assertThat(extract("Nach dem Spiel feierten die Fans auf dem Marktplatz.")).isEmpty();
    }
}
