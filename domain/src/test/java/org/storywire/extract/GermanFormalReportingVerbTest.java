package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * "vermelden", "melden" in a formal register, reports its "dass" clause as its subject's; the joined "aufgerufen" calls for
 * the infinitive its correlate "dazu" points to, and without it tells of an event. Every text is written for this test.
 */
class GermanFormalReportingVerbTest {
    @Test
    void vermeldenReportsItsThatClause() {
        String text = "Nun vermelden örtliche Zeitungen, dass die Fähre den Betrieb im Mai wieder aufnimmt.";
        assertThat(extract(text)).singleElement().satisfies(s -> {
            assertThat(s.speaker().mention()).endsWith("Zeitungen");
            assertThat(content(s, text)).startsWith("dass die Fähre");
        });
    }

    @Test
    void aufgerufenWithItsCorrelateCallsForTheInfinitive() {
        String text = "Die Verbände hatten dazu aufgerufen, am Abend für fünf Minuten das Licht auszuschalten.";
        assertThat(extract(text)).singleElement().satisfies(s -> {
            assertThat(s.speaker().mention()).isEqualTo("Die Verbände");
            assertThat(content(s, text)).isEqualTo("am Abend für fünf Minuten das Licht auszuschalten");
        });
    }

    @Test
    void aufgerufenWithoutItsCorrelateTellsOfAnEvent() {
        assertThat(extract("Zu der Kundgebung am Hafen hatten zwanzig Gruppen aufgerufen.")).isEmpty();
        assertThat(extract("Aufgerufen worden war dazu in mehreren Foren.")).isEmpty();
    }
}
