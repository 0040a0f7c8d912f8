package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** "vermelden", "melden" in a formal register, reports its "dass" clause as its subject's. Every text is written for this test. */
class GermanFormalReportingVerbTest {
    @Test
    void vermeldenReportsItsThatClause() {
        String text = "Nun vermelden örtliche Zeitungen, dass die Fähre den Betrieb im Mai wieder aufnimmt.";
        assertThat(extract(text)).singleElement().satisfies(s -> {
            assertThat(s.speaker().mention()).endsWith("Zeitungen");
            assertThat(content(s, text)).startsWith("dass die Fähre");
        });
    }
}
