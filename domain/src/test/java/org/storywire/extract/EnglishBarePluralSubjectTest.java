package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bare plural common noun opening its clause before an English reporting verb is its speaker. Sentences written for this test. */
class EnglishBarePluralSubjectTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aPluralNounAfterAConjunctionIsTheSpeaker() {
        String text = "The ferry line wants to raise the toll. But pensioners say the rise will keep them at home.";
        assertThat(english.about(english.extract(text), "keep them at home").speaker().mention()).isEqualTo("pensioners");
    }

    @Test
    void itsModifiersBelongToIt() {
        String text = "The ferry line wants to raise the toll. In several cases, harbour pilots say, the quay was left unlit.";
        assertThat(english.about(english.extract(text), "left unlit").speaker().mention()).isEqualTo("harbour pilots");
    }

    @Test
    void aDeterminerOfThePluralBelongsToIt() {
        String text = "The ferry line wants to raise the toll. But these skippers warn that the rise will cost jobs.";
        assertThat(english.about(english.extract(text), "cost jobs").speaker().mention()).isEqualTo("these skippers");
    }

    @Test
    void aPluralNounBehindAVerbIsItsObjectNotTheSpeaker() {
        String text = "The ferry line wants to raise the toll. The mayor met fishermen, and he said the rise will cost jobs.";
        assertThat(english.about(english.extract(text), "cost jobs").speaker().mention()).isEqualTo("he");
    }
}
