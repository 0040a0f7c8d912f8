package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * "Seit", "während" and "als" open a subordinate clause or a phrase: a said part that opens with such a phrase and goes
 * on in verb-second order ("Seit Jahresbeginn seien ... registriert worden, teilte die Behörde mit") is closed by the
 * inverted verb behind its comma, whose subject speaks; a subordinate clause ends on its finite verb and stays an
 * adverbial ("Seit die Messstelle arbeitet, meldet ..."). Every text is written for this test.
 */
class GermanPhraseBeforeSaidClauseTest {
    @Test
    void aPhraseOpeningTheSaidPartLeavesTheInvertedSubjectToSpeak() {
        Statement s = about(extract("Grippe breitet sich aus", "Seit Jahresbeginn seien 310 Fälle registriert worden, teilte das Gesundheitsamt mit."), "310 Fälle");
        assertThat(s.speaker().mention()).isEqualTo("das Gesundheitsamt");
        Statement w = about(extract("Bilanz der Messe", "Während der Messetage seien die Hotels ausgebucht gewesen, sagte die Veranstalterin."), "Hotels");
        assertThat(w.speaker().mention()).isEqualTo("die Veranstalterin");
    }

    @Test
    void aSubordinateClauseEndingOnItsVerbStaysAnAdverbial() {
        Statement s = about(extract("Neue Messstelle", "Seit die Messstelle arbeitet, meldet das Umweltamt, dass die Werte sinken."), "Werte sinken");
        assertThat(s.speaker().mention()).isEqualTo("das Umweltamt");
    }
}
