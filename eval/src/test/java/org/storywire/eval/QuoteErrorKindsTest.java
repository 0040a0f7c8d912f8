package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The multi-sentence miss kind: a sentence break inside the missed span. Sentences written for this test. */
class QuoteErrorKindsTest {
    @Test
    void aTitleAnInitialOrALetterAbbreviationEndsNoSentence() {
        String text = "Sen. Hale said the U.S. Navy and Gov. Ruiz backed John F. Kerry on the quay.";
        assertThat(QuoteErrorKinds.sentenceBreakInside(text, 0, text.length())).isFalse();
    }

    @Test
    void aFullStopBeforeACapitalEndsASentence() {
        String text = "The quay is unsafe. The ferry will stop in May.";
        assertThat(QuoteErrorKinds.sentenceBreakInside(text, 0, text.length())).isTrue();
    }
}
