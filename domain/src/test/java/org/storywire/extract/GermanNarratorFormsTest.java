package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms that look like reported speech but are the narrator's: a reflexive reporting verb in the right bracket with no
 * said part, a reporting verb as a "zu" infinitive with no said part, "genauer gesagt", a clause coordinated after a comma, a first person indicative with the shape of a Konjunktiv I, a single
 * word in quotation marks set off as a usage. Every text is written for this test.
 */
class GermanNarratorFormsTest {
    @Test
    void aReflexiveBeforeAParticipleClosingItsClauseSaysNothing() {
        assertThat(extract("Dass der Verein absteigen würde, hatte sich schon im Winter angekündigt.")).isEmpty();
        assertThat(extract("Am Abend hat sich die Gewerkschaft der Lokführer zu Wort gemeldet.")).isEmpty();
    }

    @Test
    void aParticipleWithoutAReflexiveStillReports() {
        assertThat(extract("Die Gewerkschaft der Lokführer hat am Abend neue Streiks angekündigt.")).hasSize(1);
        Statement s = about(extract("Am Abend hat die Gewerkschaft angekündigt, dass die Züge stehen bleiben."), "Züge");
        assertThat(s.speaker().mention()).isEqualTo("die Gewerkschaft");
    }

    @Test
    void aReportingVerbAsAZuInfinitiveWithoutASaidPartSaysNothing() {
        assertThat(extract("Die Reporter brachen den Streik am Abend ab, um über die Wahl berichten zu können.")).isEmpty();
        assertThat(extract("Dem Sender wurde am Montag verboten, von den Protesten in der Hauptstadt zu berichten.")).isEmpty();
    }

    @Test
    void aZuInfinitiveWithASaidPartOrAFiniteReportingVerbStillReports() {
        String text = "Der Sprecher erklärte, den Tod des Kapitäns bislang nicht bestätigen zu können.";
        assertThat(about(extract(text), "Kapitäns").speaker().mention()).isEqualTo("Der Sprecher");
        assertThat(extract("Die Reporter berichteten am Abend über die Wahl in der Hauptstadt.")).isNotEmpty();
    }

    @Test
    void aParticipleOfSayingAfterAnAdjectiveCommentsOnTheNarratorsWording() {
        assertThat(extract("Die Polizei sucht nach dem Fahrer, genauer gesagt nach seinem Telefon.")).isEmpty();
        assertThat(extract("So lässt sich kurz gesagt der Inhalt des neuen Berichts zusammenfassen.")).isEmpty();
    }

    @Test
    void aParticipleOfSayingWithItsAuxiliaryStillReports() {
        Statement s = about(extract("Der Trainer hat offen gesagt, dass er den Verein verlassen will."), "Verein");
        assertThat(s.speaker().mention()).isEqualTo("Der Trainer");
    }

    @Test
    void aKonjunktivClauseAfterAConjunctionGoesOnWithTheLastSpeaker() {
        String text = "„Es ist allein dieser Grund“, sagte der Trainer. Seine Tochter ist schwer erkrankt, und er wolle sie in dieser Zeit begleiten.";
        Statement s = about(extract(text), "begleiten");
        assertThat(s.speaker().mention()).isNotEqualTo("Seine Tochter");
        assertThat(s.speaker().canonical()).isEqualTo("Trainer");
    }

    @Test
    void aKonjunktivClauseAfterTheSubjectsCommaIsTheSubjects() {
        Statement s = about(extract("Der Trainer glaubt fest daran, die Mannschaft sei für das Finale bereit."), "Finale");
        assertThat(s.speaker().mention()).isEqualTo("Der Trainer");
    }

    @Test
    void aFirstPersonIndicativeDoesNotGoOnWithReportedSpeech() {
        List<Statement> statements = extract("„Ich schreibe am liebsten nachts“, sagte die Autorin. Manchmal sitze ich bis zum Morgen am Schreibtisch.");
        assertThat(statements).hasSize(1);
    }

    @Test
    void aThirdPersonKonjunktivGoesOnWithReportedSpeech() {
        List<Statement> statements = extract("„Ich schreibe am liebsten nachts“, sagte die Autorin. Manchmal sitze sie bis zum Morgen am Schreibtisch.");
        assertThat(statements).hasSize(2);
    }

    @Test
    void aSingleQuotedWordSetOffAsAUsageIsNobodysStatement() {
        assertThat(extract("Die „geschwächten“ Bäume wurden am Montag von der Stadt gefällt.")).isEmpty();
        assertThat(extract("Der Abstand zum Ufer betrug am Ende „nur“ 40 Meter.")).isEmpty();
        assertThat(extract("Die Besatzung versuchte schließlich, den lauten Gast zu „entsorgen“.")).isEmpty();
    }

    @Test
    void aSingleQuotedPredicativeIsTheSubjectsWording() {
        Statement s = about(extract("Der Verband bezeichnete die neuen Preise als „überzogen“."), "Preise");
        assertThat(s.speaker().mention()).isEqualTo("Der Verband");
        assertThat(extract("Für den Bürgermeister ist die Lage an der Küste „bedrohlich“.")).hasSize(1);
    }
}
