package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words the story layer compares, on phrases written for this test. */
class TextAnalysisTest {

    @Test
    void aPossessiveIsNoPartOfTheWordItFollows() {
        // "bank's" stemmed as it stood gave "bank'", a term no other mention of the bank shares
        assertThat(TextAnalysis.stems(TextAnalysis.tokens("The bank's chief executive declined to comment"), true)).contains("bank");
        assertThat(TextAnalysis.tokens("the port authority’s spokeswoman")).contains("authority");
    }

    @Test
    void aTextReadAgainGivesTheSameWordsWithAndWithoutOffsets() {
        String sentence = "Die Reederei Halvström wies den Bericht über Kürzungen am Dienstag zurück.";
        Words first = TextAnalysis.words(sentence);
        assertThat(TextAnalysis.tokens(sentence)).isEqualTo(first.all()).contains("reederei", "kurzungen");
        Words again = TextAnalysis.words(new String(sentence.toCharArray()));
        assertThat(again.all()).isEqualTo(first.all());
        assertThat(again.part(13, 22).all()).containsExactly("halvstrom");
        assertThat(TextAnalysis.tokens("  ")).isEmpty();
        assertThat(TextAnalysis.words("  ").all()).isEmpty();
    }
}
