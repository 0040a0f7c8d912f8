package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Who can speak, read off the form of the German clause: an abstract noun is never the speaker. Every
 * text is written for this test.
 */
class GermanSpeakerFormTest {
    @Test
    void anAbstractNounOpeningTheSentenceIsNoSpeaker() {
        String text = "Die Entscheidung kritisierte der Verbandschef Olaf Brenning scharf.";
        Statement s = about(extract(text), "Entscheidung");
        assertThat(s.speaker().mention()).isEqualTo("der Verbandschef Olaf Brenning");
    }

    @Test
    void anInstitutionEndingLikeAnAbstractNounStillSpeaks() {
        String text = "Die Opposition kündigte an, die Brücke im Herbst zu sperren.";
        Statement s = about(extract(text), "Brücke");
        assertThat(s.speaker().mention()).isEqualTo("Die Opposition");
    }
}
