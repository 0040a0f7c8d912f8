package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
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
}
