package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * "laut" before a source without an article: inflected adjectives before a noun ("laut offiziellen Angaben"), or a
 * compound with a lower-case first part ("laut ai-Bericht"). Every text is written for this test.
 */
class GermanBareSourceTest {
    @Test
    void anAdjectiveBeforeTheNounOpensTheSource() {
        String text = "Der Hafen zählte im Mai laut aktueller Statistik mehr Schiffe als im Vorjahr.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("aktueller Statistik"));
    }

    @Test
    void aCompoundWithALowerCaseFirstPartIsASource() {
        String text = "Die Zahl der Übergriffe ist laut ngo-Bericht gestiegen.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("ngo-Bericht"));
    }

    @Test
    void aRelativePronounIsNoSource() {
        String text = "Das war ein Schritt für die Pläne, laut denen jeder Haushalt ein Radio haben sollte.";
        assertThat(extract(text)).noneMatch(s -> s.speaker() != null && s.speaker().mention().startsWith("denen"));
    }
}
