package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A listed cue form that the word before it makes a noun ("a radio show") reports nothing. Sentences written for this test. */
class EnglishNounCueFormTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aNounClosingAFrontedPhraseIsNoCue() {
        List<Statement> found = english.extract("On his weekly radio show, Tom Varga said the bridge would reopen in May.");
        assertThat(found).extracting(Statement::cue).contains("said").doesNotContain("show");
        assertThat(english.withCue(found, "said").speaker().mention()).isEqualTo("Tom Varga");
    }

    @Test
    void aFrontedParticipleClauseIsNoSubject() {
        // the noun "show" had taken the sentence, with the participle as its subject
        List<Statement> found = english.extract("Speaking on a radio show, the mayor said the bridge would reopen in May.");
        assertThat(english.withCue(found, "said").speaker().mention()).isEqualTo("the mayor");
    }

    @Test
    void theVerbAfterItsSubjectStillReports() {
        List<Statement> found = english.extract("New figures show that the harbour lost money in May.");
        assertThat(found).extracting(Statement::cue).contains("show");
    }
}
