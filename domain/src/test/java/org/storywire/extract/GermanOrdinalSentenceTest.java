package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A German ordinal is a number with a full stop ("in der 62. Minute", "zum 3. Mal"): after an article it ends no
 * sentence, while a number closing a sentence stands after no article. Every text is written for this test.
 */
class GermanOrdinalSentenceTest {
    @Test
    void anOrdinalAfterAnArticleEndsNoSentence() {
        String text = "Der Trainer sagte, sein Team habe in der 62. Minute den Ausgleich verdient.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(content(s, text)).endsWith("den Ausgleich verdient"));
        String contracted = "Die Ministerin sagte, der Hafen werde zum 3. Mal in diesem Jahr gesperrt.";
        assertThat(extract(contracted)).singleElement().satisfies(s -> assertThat(content(s, contracted)).endsWith("gesperrt"));
    }

    @Test
    void aNumberAfterNoArticleEndsTheSentence() {
        String text = "Die Zahl der Gäste stieg auf 62. Danach sagte der Wirt, der Saal sei voll.";
        assertThat(extract(text)).singleElement().satisfies(s -> {
            assertThat(s.speaker().mention()).isEqualTo("der Wirt");
            assertThat(content(s, text)).isEqualTo("der Saal sei voll");
        });
    }
}
