package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * "die Aussage eines Jungen, der angab, ...": a relative pronoun that is its cue's subject is the speaker's mention as
 * written, also where its antecedent (here a genitive) gives no speaker of its own. Every text is written for this test.
 */
class GermanRelativePronounSpeakerTest {
    @Test
    void theRelativePronounIsTheMentionWhenNothingElseIsFound() {
        String text = "Entscheidend für die Anklage war die Aussage eines Jungen, der angab, den Täter am Bahnhof gesehen zu haben.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("der"));
    }
}
