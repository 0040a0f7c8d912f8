package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A German preposition that holds its article ("am", "im", "zur") governs the adjectives and the noun behind it: "Am
 * frühen Dienstagabend" is a time, not the subject of the verb after it. Every text is written for this test.
 */
class GermanContractedPrepositionTest {
    @Test
    void aTimeBehindAContractedPrepositionIsNoSpeaker() {
        String text = "Am frühen Dienstagabend stellte eine Streife der Wasserschutzpolizei fest, dass ein Kahn auf dem Kanal gesunken war.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("eine Streife"));
    }

    @Test
    void aPlaceBehindAContractedPrepositionIsNoSpeakerEither() {
        String text = "Im oberen Rathaussaal räumte der Kämmerer ein, dass die Mittel für den Neubau nicht reichen.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("der Kämmerer"));
    }
}
