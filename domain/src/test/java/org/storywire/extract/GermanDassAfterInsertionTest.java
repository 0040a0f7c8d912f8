package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * The "dass" clause or "zu" infinitive of a main clause whose subject is a person or body follows German clause
 * structure: an apposition or a relative clause set off by commas after the subject, a subject after the finite
 * verb right before the comma, or a subordinate clause before the main clause does not hide it. Every text is written for this test.
 */
class GermanDassAfterInsertionTest {
    @Test
    void anAppositionAfterTheSubjectIsSkipped() {
        String text = "Die Bürgermeisterin, eine frühere Lehrerin, legte Wert darauf, dass die Brücke im Mai fertig wird.";
        Statement s = about(extract(text), "Brücke");
        assertThat(content(s, text)).isEqualTo("dass die Brücke im Mai fertig wird");
        assertThat(s.speaker().mention()).isEqualTo("Die Bürgermeisterin");
    }

    @Test
    void aRelativeClauseAfterTheSubjectIsSkipped() {
        String text = "Die Polizei, die seit Tagen im Viertel ermittelt, legte Wert darauf, dass die Anwohner ruhig bleiben.";
        Statement s = about(extract(text), "Anwohner");
        assertThat(content(s, text)).isEqualTo("dass die Anwohner ruhig bleiben");
        assertThat(s.speaker().mention()).isEqualTo("Die Polizei");
    }

    @Test
    void aSubjectAfterTheFiniteVerbMayEndRightBeforeTheComma() {
        String dass = "Seit Montag vermelden mehrere Zeitungen, dass der Hafen geschlossen bleibt.";
        Statement d = about(extract(dass), "Hafen");
        assertThat(content(d, dass)).isEqualTo("dass der Hafen geschlossen bleibt");
        assertThat(d.speaker().mention()).endsWith("Zeitungen");

        String zu = "Nach dem Urteil erwägt Anwältin Lea Hoff, mit ihrer Mandantin in Berufung zu gehen.";
        Statement z = about(extract(zu), "Berufung");
        assertThat(content(z, zu)).isEqualTo("mit ihrer Mandantin in Berufung zu gehen");
        assertThat(z.speaker().canonical()).isEqualTo("Lea Hoff");
    }

    @Test
    void aSubordinateClauseInTheVorfeldLeavesTheMainClauseAfterItsComma() {
        String text = "Als die Spuren am Tatort übereinstimmten, war sich die Polizei sicher, dass der Nachbar der Täter ist.";
        Statement s = about(extract(text), "Nachbar");
        assertThat(content(s, text)).isEqualTo("dass der Nachbar der Täter ist");
        assertThat(s.speaker().mention()).isEqualTo("die Polizei");

        // the main clause's noun owns the clause; nobody in it speaks
        assertThat(extract("Da die Brücke gesperrt war, blieb den Anwohnern nur die Hoffnung, dass der Bus bald fährt.")).isEmpty();
    }

    @Test
    void aNounAfterAPrepositionOrAnotherNounOwnsItsClause() {
        // the noun before the comma is no subject: after a preposition, or a genitive after a noun
        assertThat(extract("Am Abend sprach man über die Sorgen der Anwohner, dass der Hafen geschlossen bleibt.")).isEmpty();
        assertThat(extract("Thema des Abends waren die Versuche mehrerer Forscher, das Rätsel der Höhle zu lösen.")).isEmpty();
        // a set-off phrase with a verb of its own, not a relative clause, is no apposition
        assertThat(extract("Die Explosion, als die Halle brannte, war so laut, dass man sie im Dorf hörte.")).isEmpty();
    }
}
