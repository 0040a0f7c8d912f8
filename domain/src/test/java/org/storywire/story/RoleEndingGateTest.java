package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The two-letter gate before {@link NameWords#namesRole}'s memo answers as the full scan of the office endings does:
 * on invented words and on random texts of office words, their inflections and the characters whose lower case is
 * special ("İ", "Σ", a letter outside the Basic Multilingual Plane).
 */
class RoleEndingGateTest {
    private static final String[] PIECES = {"Sprecher", "SPRECHERIN", "präsident", "Chef", "mayor", "head", "in", "er", "s", "'", "’", "'s", "-",
            " ", ",", "İ", "Σ", "\uD801\uDC00", "\u0301", "a", "N", "Vorständin", "e", "R"};

    @Test
    void officesAndOtherWords() {
        assertThat(NameWords.namesRole("Regierungssprecherin")).isTrue();
        assertThat(NameWords.namesRole("the Orvane spokeswoman")).isTrue();
        assertThat(NameWords.namesRole("BA-Landeschefin")).isTrue();
        assertThat(NameWords.namesRole("Konstanze Rehfeld")).isFalse();
        assertThat(NameWords.namesRole("Sprechers")).isFalse();
    }

    @Test
    void randomTextsAnswerAsTheFullScan() {
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) text.append(PIECES[random.nextInt(PIECES.length)]);
            assertThat(NameWords.namesRole(text.toString())).as(text.toString()).isEqualTo(NameWords.readsAsRole(text.toString()));
        }
    }
}
