package org.storywire.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index answers as a map keyed by the three characters cut out of the text would. */
class ThreeLetterIndexTest {

    @Test
    void readsTheThreeCharactersAtAnOffset() {
        ThreeLetterIndex<String> index = new ThreeLetterIndex<>(Map.of("her", "sprecher", "äch", "sprächen"));
        assertThat(index.getOrDefault("Kremlsprecher", 10, "none")).isEqualTo("sprecher");
        assertThat(index.getOrDefault("Kremlsprecher", 9, "none")).isEqualTo("none");
        assertThat(index.getOrDefault("sprächen", 3, "none")).isEqualTo("sprächen");
    }

    @Test
    void answersAsAMapOfTheCutOutKeysOnRandomKeysAndTexts() {
        Random random = new Random(3);
        String letters = "aeinrstäöüßAEZ-\u4e00\uffff";
        Map<String, Integer> byKey = new HashMap<>();
        for (int n = 0; n < 500; n++) byKey.put(random(random, letters, 3), n);
        ThreeLetterIndex<Integer> index = new ThreeLetterIndex<>(byKey);
        for (int n = 0; n < 50_000; n++) {
            String text = random(random, letters, 3 + random.nextInt(8));
            int at = random.nextInt(text.length() - 2);
            assertThat(index.getOrDefault(text, at, -1)).isEqualTo(byKey.getOrDefault(text.substring(at, at + 3), -1));
        }
    }

    @Test
    void refusesKeysOfAnotherLength() {
        assertThatThrownBy(() -> new ThreeLetterIndex<>(Map.of("sprecher", 1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String random(Random random, String letters, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) out.append(letters.charAt(random.nextInt(letters.length())));
        return out.toString();
    }
}
