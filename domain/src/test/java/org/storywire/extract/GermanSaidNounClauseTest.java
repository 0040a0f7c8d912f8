package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A noun of an opinion or an utterance ("die Auffassung", "der Appell") with a "dass" clause or "zu" infinitive right
 * behind it carries what its subject holds or urges, as a noun of a demand or a claim does. Every text is written for
 * this test.
 */
class GermanSaidNounClauseTest {
    @Test
    void anOpinionNounsClauseIsWhatItsSubjectHolds() {
        String text = "Der Bürgermeister vertrat die Auffassung, dass die Brücke sicher ist.";
        Statement s = about(extract(text), "Brücke");
        assertThat(content(s, text)).isEqualTo("dass die Brücke sicher ist");
        assertThat(s.speaker().mention()).isEqualTo("Der Bürgermeister");
    }

    @Test
    void anUtteranceNounsInfinitiveIsWhatItsSubjectUrged() {
        String text = "Der Bürgermeister schloss seine Rede mit dem Appell, die Keller nicht zu betreten.";
        Statement s = about(extract(text), "Keller");
        assertThat(content(s, text)).isEqualTo("die Keller nicht zu betreten");
        assertThat(s.speaker().mention()).isEqualTo("Der Bürgermeister");
    }

    @Test
    void aNounOfAChanceOrAProblemCarriesNoStatement() {
        assertThat(extract("Die Gemeinde nutzte die Gelegenheit, den Platz neu zu gestalten.")).isEmpty();
        assertThat(extract("Der Kanzler stand vor dem Problem, dass ihm die Mehrheit fehlte.")).isEmpty();
    }

    @Test
    void aSuppositionsClauseIsWhatItsOwnerSupposes() {
        String text = "Die Vermutungen der Geologen gehen dahin, dass der Hang schon seit Jahren rutscht.";
        Statement s = about(extract(text), "Hang");
        assertThat(content(s, text)).isEqualTo("dass der Hang schon seit Jahren rutscht");
        assertThat(s.speaker().mention()).endsWith("Geologen");
    }
}
