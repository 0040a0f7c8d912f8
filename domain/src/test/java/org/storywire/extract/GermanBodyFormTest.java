package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * An organisation or a party named by its form, with no list of names: an article and an acronym, an acronym in
 * brackets, or a capitalised adjective as a noun whose verb agrees. Every text and every name is written for this test.
 */
class GermanBodyFormTest {
    @Test
    void anAdjectiveUsedAsAPluralNounJudges() {
        String text = "Die Blauen dagegen sehen in dem Entwurf eine Gefahr für die Mieter.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("Die Blauen"));
    }

    @Test
    void anAcronymJudges() {
        String text = "Die VKLB betrachtet den neuen Tarif als Provokation.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("Die VKLB"));
        String mixed = "Die GdZ sieht in der Kürzung einen Bruch der Zusage.";
        assertThat(extract(mixed)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("Die GdZ"));
    }

    @Test
    void aSingularAdjectiveNounJudgesWithASingularVerb() {
        String text = "Die Linke wertet die Kürzung als Angriff auf den Sozialstaat.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("Die Linke"));
    }

    @Test
    void anAdjectiveNounWhoseVerbDisagreesNamesNoBody() {
        assertThat(extract("Die Rechte sehen in der Verfassung einen festen Platz.")).isEmpty();
    }

    @Test
    void aNeuterAdjectiveNounNamesAThing() {
        assertThat(extract("Das Neue betrachtet die alte Ordnung als Fehler.")).isEmpty();
    }

    @Test
    void acronymsByForm() {
        assertThat(BodyForm.acronym(Token.of("GdF", 0, 3, false))).isTrue();
        assertThat(BodyForm.acronym(Token.of("G7", 0, 2, false))).isTrue();
        assertThat(BodyForm.acronym(Token.of("Gold", 0, 4, false))).isFalse();
        assertThat(BodyForm.acronym(Token.of("ABCDEFGH", 0, 8, false))).isFalse();
    }
}
