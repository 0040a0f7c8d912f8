package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * "Ein Sprecher bestätigte den Vorfall, nannte aber keine Details": a verb after the comma with "aber" behind it is a
 * second verb of the same subject, not a verb inverted behind a said part (", sagte der Sprecher"). Invented sentences.
 */
class GermanCoordinatedAfterCommaTest {
    @Test
    void theFirstCueKeepsItsStanceAndTheSubjectSpeaks() {
        Statement s = about(extract("Eine Sprecherin bestätigte die Kündigung, nannte aber keine Gründe."), "Kündigung");
        assertThat(s.stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(s.speaker().mention()).isEqualTo("Eine Sprecherin");
    }

    @Test
    void aVerbInvertedBehindASaidPartStillTakesTheSubjectBehindIt() {
        Statement s = about(extract("Die Kündigung sei rechtens, sagte am Montag eine Sprecherin."), "rechtens");
        assertThat(s.speaker().mention()).isEqualTo("eine Sprecherin");
    }
}
