package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** Verbs of saying the cue lexicon had in the singular only speak in the plural too. Every text is written for this test. */
class GermanPluralCueTest {
    @Test
    void aGroupAdvisesWarnsAndDoubtsInThePlural() {
        assertThat(about(extract("Die Kinderärzte raten, Handys nachts aus dem Zimmer zu verbannen."), "Handys").speaker().mention())
                .contains("Kinderärzte");
        assertThat(about(extract("Die Gutachter bezweifeln, dass die Brücke noch zehn Jahre hält."), "Brücke").speaker().mention())
                .contains("Gutachter");
        assertThat(about(extract("Die Bergretter mahnen, bei Gewitter keine Gipfel zu besteigen."), "Gipfel").speaker().mention())
                .contains("Bergretter");
    }
}
