package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "erteilte den Befehl, ... zu", "fasste den Beschluss, ... zu", "kam zu dem Schluss, dass": a light verb with a noun of
 * a command, a decision or a conclusion reports what its subject ordered, decided or concluded. Invented text.
 */
class GermanConclusionNounTest {
    @Test
    void aCommandsInfinitiveIsTheSubjectsOrder() {
        String text = "Der Kommandant erteilte der Besatzung den Befehl, den Hafen sofort zu verlassen. Die See war ruhig.";
        Statement s = about(extract(text), "Hafen");
        assertThat(s.speaker().mention()).isEqualTo("Der Kommandant");
        assertThat(content(s, text)).isEqualTo("den Hafen sofort zu verlassen");
    }

    @Test
    void anIndicativeConclusionIsTheSubjectsFinding() {
        String text = "Die Prüfer fanden einige Mängel, kamen aber zum Ergebnis, dass die Abstimmung fairer war als die letzte. Der Rat tagt morgen.";
        Statement s = about(extract(text), "Abstimmung");
        assertThat(s.speaker().mention()).isEqualTo("Die Prüfer");
        assertThat(content(s, text)).isEqualTo("dass die Abstimmung fairer war als die letzte");
    }

    @Test
    void theMainClausesSubjectDecidesNotTheOpeningClauses() {
        String text = "Nachdem die Lotsen Rauch gesehen hatten, fassten die Minister den Beschluss, die Brücke zu sperren. Der Verkehr staute sich.";
        Statement s = about(extract(text), "Brücke");
        assertThat(s.speaker().mention()).isEqualTo("die Minister");
    }

    @Test
    void aConclusionNoOneDrawsIsTheNarrators() {
        List<Statement> statements = extract("Als Ergebnis der Studie darf also festgehalten werden, dass die Pegel gestiegen sind. Der Fluss ist breit.");
        assertThat(statements).noneMatch(s -> s.sentenceText().contains("Pegel"));
    }

    @Test
    void aPurposeIsNoConclusion() {
        List<Statement> statements = extract("Die Truppen rückten mit dem Ziel vor, die Brücke zu sichern. Der Fluss ist breit.");
        assertThat(statements).noneMatch(s -> s.sentenceText().contains("Brücke"));
    }
}
