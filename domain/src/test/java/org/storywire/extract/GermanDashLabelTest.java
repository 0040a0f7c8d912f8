package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A German headline's second clause behind a spaced dash that opens with its speaker's label ("Streik am Flughafen –
 * Ministerium: Notbetrieb gesichert", "Opposition fordert Rücktritt – Minister: „Ich bleibe“"): the label speaks what
 * follows its colon, and the first clause's cue keeps to its own clause. Every text is invented.
 */
class GermanDashLabelTest {
    private static Statement by(List<Statement> statements, String speaker) {
        return statements.stream().filter(s -> s.speaker() != null && s.speaker().mention().contains(speaker)).findFirst().orElseThrow();
    }

    @Test
    void aLabelBehindTheDashSpeaksTheLineAfterItsColon() {
        List<Statement> found = extract("Bauarbeiter streiken in Wendhausen – Landesamt: Versorgung gesichert", "Die Baustellen ruhen seit Montag.");
        assertThat(by(found, "Landesamt").stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aQuotationBehindTheDashsLabelIsTheLabelsNotTheFirstClausesSubject() {
        List<Statement> found = extract("Bürgerinitiative fordert Baustopp – Bauherr: „Völlig unbegründet“", "Der Rohbau steht bereits.");
        assertThat(by(found, "Bauherr").sentenceText()).contains("unbegründet");
        assertThat(found).noneMatch(s -> s.speaker() != null && s.speaker().mention().contains("Bürgerinitiative")
                && s.content() != null && s.cue().equals(":"));
    }

    @Test
    void aPersonsLabelBehindTheDashSpeaksAQuotedPhrase() {
        List<Statement> found = extract("Gemeinderat beschließt Ortsumgehung – Bürgermeisterin: „Großer Tag“", "Der Bau beginnt im Herbst.");
        assertThat(by(found, "Bürgermeisterin").stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aQuotationBeforeTheDashIsStillSignedBehindIt() {
        List<Statement> found = extract("„Wir schaffen das“ – Bürgermeisterin Kolbe verspricht Hilfe", "Das Hochwasser geht zurück.");
        assertThat(found).anyMatch(s -> s.speaker() != null && s.speaker().mention().contains("Kolbe"));
    }
}
