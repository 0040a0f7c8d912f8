package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nouns that end like abstract nouns but name a body that speaks, as written and inflected (invented compounds). */
class SpeakerNounTest {

    @Test
    void aSpeakerNounEndingCountsAsWrittenAndInflected() {
        assertThat(NounPhrases.speakerNoun("hafenverwaltung")).as("as written").isTrue();
        assertThat(NounPhrases.speakerNoun("hafenverwaltungen")).as("-en").isTrue();
        assertThat(NounPhrases.speakerNoun("kreisbehörden")).as("-n").isTrue();
        assertThat(NounPhrases.speakerNoun("landesamts")).as("-s").isTrue();
        assertThat(NounPhrases.speakerNoun("hafenerweiterung")).as("an abstract noun").isFalse();
        assertThat(NounPhrases.speakerNoun("verwaltungsrat")).as("the ending inside the word").isFalse();
    }
}
