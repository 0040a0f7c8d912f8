package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Das teilte X mit" after a Konjunktiv sentence names who said it: one statement, not a second one by no one. Invented text. */
class GermanPointedBackTest {
    @Test
    void theSentencePointedBackToIsOneStatementOfItsSpeaker() {
        List<Statement> found = extract("Verpuffung in Lackiererei",
                "In einer Werkhalle in Ostring hat es am Abend gebrannt. Eine Gefahr für die Nachbarschaft bestehe nicht. Das teilte die Feuerwehr mit.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("die Feuerwehr");
        assertThat(found.get(0).sentenceText()).contains("Nachbarschaft");
    }

    @Test
    void aCommaBehindTheSpeakerOpensAnAppositionOrRelativeClauseNotWhatWasSaid() {
        // the fronted "Das" is the verb's object: what was said is the sentence before, whatever follows the comma
        String apposed = "Die Fähre nach Ostholm fährt ab Montag wieder. Das bestätigte der Hafenmeister, Kai Brodersen.";
        Statement s = extract(apposed).get(0);
        assertThat(content(s, apposed)).isEqualTo("Die Fähre nach Ostholm fährt ab Montag wieder");
        assertThat(s.speaker().mention()).isEqualTo("der Hafenmeister");
        String relative = "Im Stausee Lindweiler wurden erhöhte Nitratwerte gemessen. Dies geht aus einem Bericht des Wasserverbands hervor, dessen Labor die Proben auswertete.";
        assertThat(content(extract(relative).get(0), relative)).isEqualTo("Im Stausee Lindweiler wurden erhöhte Nitratwerte gemessen");
    }
}
