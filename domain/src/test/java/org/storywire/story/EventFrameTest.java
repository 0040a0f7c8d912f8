package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The story frames read from the shared event vocabulary, lexicon/events.txt, on sentences written for this test. */
class EventFrameTest {

    @Test
    void aCompoundWithAnInfixWordIsTheFrame() {
        assertThat(frame("Das Telefonat der beiden Bürgermeisterinnen dauerte eine Stunde")).contains(EventFrame.COMMUNICATION);
    }

    @Test
    void anExceptionVetoesItsFrame() {
        assertThat(frame("Die Sprecherin der Stadtwerke blieb bei ihrer Darstellung")).isEmpty();
    }

    @Test
    void aWholeWordTriggerDoesNotMatchLongerWords() {
        assertThat(frame("The war will end soon, the envoy said")).contains(EventFrame.CONFLICT_END);
        assertThat(frame("The war endures, the envoy said")).isEmpty();
    }

    @Test
    void anEndingNeedsAConflictWordInTheText() {
        assertThat(frame("The strike will end on Monday")).isEmpty();
    }

    @Test
    void umlautsInTheVocabularyMeetFoldedTokens() {
        assertThat(frame("Der Rücktritt der Ministerin kam überraschend")).contains(EventFrame.RESIGNATION);
    }

    private static Optional<EventFrame> frame(String text) {
        return EventFrame.detect(TextAnalysis.tokens(text));
    }
}
