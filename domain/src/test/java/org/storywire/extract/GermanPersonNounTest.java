package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A content clause after a subject named by a common noun is someone's only when the noun names a person: one with a
 * feminine form in "-in", or that form itself, whatever its ending. Every text is written for this test.
 */
class GermanPersonNounTest {
    @Test
    void aNounWithAFeminineFormNamesSomeoneWhoseClauseIsReported() {
        String text = "Die Organisatoren gestanden ein, dass die Bühne zu klein war.";
        Statement s = about(extract(text), "Bühne");
        assertThat(content(s, text)).isEqualTo("dass die Bühne zu klein war");
        assertThat(s.speaker().mention()).isEqualTo("Die Organisatoren");

        String feminine = "Die Aktivistin zeigte sich besorgt, dass die Mieten weiter steigen.";
        assertThat(about(extract(feminine), "Mieten").speaker().mention()).isEqualTo("Die Aktivistin");
    }

    @Test
    void aNounOfAThingHasNoFeminineFormAndReportsNothing() {
        assertThat(extract("Die Faktoren deuten darauf hin, dass die Preise steigen.")).isEmpty();
        assertThat(extract("Die Motoren sind darauf ausgelegt, wenig Benzin zu verbrauchen.")).isEmpty();
    }

    @Test
    void theDictionaryTellsPersonsFromThingsByTheirFeminineForm() {
        PersonNouns persons = new PersonNouns(new Morphology());
        assertThat(persons.person("Organisatoren")).isTrue();
        assertThat(persons.person("Experten")).isTrue();
        assertThat(persons.person("Anwältin")).isTrue();
        assertThat(persons.person("Reaktoren")).isFalse();
        assertThat(persons.person("Medizin")).isFalse();
    }

    @Test
    void aFeminineFormWithAnUmlautNamesAPersonToo() {
        PersonNouns persons = new PersonNouns(new Morphology());
        assertThat(persons.person("Arzt")).isTrue();
        assertThat(persons.person("Vorrat")).isFalse();
        // compounds the dictionary lacks, by the feminine of their tail ("Land|rätin", "Amts|ärztin")
        assertThat(persons.personOrCompound("Landrat")).isTrue();
        assertThat(persons.personOrCompound("Amtsarzt")).isTrue();
        assertThat(persons.personOrCompound("Heizungsvorrat")).isFalse();
    }

    @Test
    void aHeadlineLabelOfAnOfficeWithAnUmlautedFeminineSpeaks() {
        Statement s = about(GermanExtraction.extract("Landrat Berkel: Die Fähre fährt wieder",
                "Wochenlang mussten Pendler einen Umweg nehmen."), "Fähre fährt");
        assertThat(s.speaker().mention()).contains("Berkel");
    }

    @Test
    void theBasicPersonNounsHaveNoFeminineFormButNamePersons() {
        PersonNouns persons = new PersonNouns(new Morphology());
        assertThat(persons.person("Mann")).isTrue();
        assertThat(persons.person("Männer")).isTrue();
        assertThat(persons.person("Eltern")).isTrue();
        assertThat(persons.person("Kind")).isTrue();
        assertThat(persons.person("Rind")).isFalse();
    }

    @Test
    void aManOfferingToDoSomethingSaysSo() {
        String text = "Der Mann am Stand bot an, die Karten gegen Barzahlung am Bahnhof zu übergeben.";
        Statement s = about(extract(text), "Karten");
        assertThat(content(s, text)).isEqualTo("die Karten gegen Barzahlung am Bahnhof zu übergeben");
        assertThat(s.speaker().mention()).isEqualTo("Der Mann");
    }
}
