package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** "werteten ... aus" analyses, "wertete ... als" judges. Every text is written for this test. */
class GermanAnalysingParticleTest {
    @Test
    void auswertenSaysNothing() {
        assertThat(extract("Die Forscher werteten die Messdaten von drei Jahren aus.")).isEmpty();
    }

    @Test
    void wertenAlsJudges() {
        assertThat(extract("Die Trainerin wertete das Unentschieden als Erfolg.")).singleElement()
                .satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("Die Trainerin"));
    }
}
