package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link WordScan} finds the words {@link NameWords#WORD} matches, on an invented sentence and on random texts built of
 * the characters that decide a word's bounds (letters, numbers, marks, apostrophes, surrogates, separators).
 */
class WordScanTest {
    private static final String[] PIECES = {"a", "B", "ß", "Ü", "e\u0301", "\u0301", "7", "\u00B2", "\u2163", "'", "’", "-", " ", "\t", "\u00A0",
            ",", ".", "„", "“", "\uD835\uDC00", "\uD83D\uDE00", "\uD801\uDC00", "Wort", "Anzeiger", "\u02B0", "\u4E2D", "\u20DD", "\u0903"};

    @Test
    void findsTheWordsOfASentenceAsThePatternDoes() {
        String text = "BA-Landeschefin Konstanze Rehfeld sagte, Tarsenia’s 2,5 Mio. seien „Unsinn“ ('s ist so).";
        assertThat(scanned(text)).isEqualTo(matched(text))
                .contains("BA", "Landeschefin", "Tarsenia’s", "2", "5", "Mio", "Unsinn", "s").doesNotContain("'s");
    }

    @Test
    void randomTextsGiveTheSameWords() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.append(PIECES[random.nextInt(PIECES.length)]);
            assertThat(scanned(text.toString())).as(text.toString()).isEqualTo(matched(text.toString()));
        }
    }

    private static List<String> scanned(String text) {
        List<String> words = new ArrayList<>();
        for (int start = WordScan.start(text, 0), end; start >= 0; start = WordScan.start(text, end)) {
            end = WordScan.end(text, start);
            words.add(text.substring(start, end));
        }
        return words;
    }

    private static List<String> matched(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = NameWords.WORD.matcher(text);
        while (m.find()) words.add(m.group());
        return words;
    }
}
