package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report marker inside what a verb says names a source of its own: the verb's statement keeps the whole said part, the
 * marker's statement the rest of its clause behind its source. Every text is written for this test.
 */
class GermanNestedMarkerTest {
    @Test
    void aMarkerOpeningTheSaidClauseIsAStatementOfItsOwn() {
        String text = "Ein Sprecher der Feuerwehr sagte am Abend, nach Angaben der Gutachter habe ein defekter Heizlüfter das Feuer ausgelöst.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(2);
        Statement marker = found.stream().filter(s -> s.attribution() == Attribution.REPORTED).findFirst().orElseThrow();
        assertThat(content(marker, text)).isEqualTo("habe ein defekter Heizlüfter das Feuer ausgelöst");
        assertThat(marker.speaker().mention()).contains("Gutachter");
        Statement verb = found.stream().filter(s -> s != marker).findFirst().orElseThrow();
        assertThat(verb.speaker().mention()).contains("Sprecher");
        assertThat(content(verb, text)).startsWith("nach Angaben der Gutachter");
    }

    @Test
    void aMarkerWithinASubordinateClauseOfTheSaidPart() {
        String text = "Der Bürgermeister erklärte, die Gemeinde brauche Geld, weil die Kläranlage laut einem Gutachten des Landkreises völlig veraltet sei.";
        List<Statement> found = extract(text);
        assertThat(found).anySatisfy(s -> {
            assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
            assertThat(content(s, text)).isEqualTo("völlig veraltet sei");
        });
    }

    @Test
    void aMarkerRightBehindDassOnlyTellsWhereTheSpeakerHasItFrom() {
        assertThat(extract("Der Minister sagte, dass nach ersten Berechnungen die Kosten um zehn Prozent steigen.")).hasSize(1);
    }

    @Test
    void gemaessInASaidPartTellsARuleNoSource() {
        assertThat(extract("Die Behörde forderte, die Anträge sollten gemäß den geltenden Regeln schneller geprüft werden.")).hasSize(1);
    }
}
