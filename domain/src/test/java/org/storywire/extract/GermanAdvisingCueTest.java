package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** "rät", "riet": advising is saying what someone should do, a claim of the adviser. Invented text. */
class GermanAdvisingCueTest {
    @Test
    void anInvertedAdviserSpeaks() {
        Statement s = about(extract("Der Wetterdienst warnt vor Sturmböen. Spaziergänger sollten Wälder meiden, rät die Forstverwaltung."), "Wälder");
        assertThat(s.speaker().mention()).isEqualTo("die Forstverwaltung");
    }
}
