package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = Tokenizer.tokenEnd(text, i, text.length(), false);
            out.add(text.substring(i, end));
            i = end;
        }
        return out;
    }

    @Test
    void abbreviationsOfLettersAndNamesWithAmpersandsAreOneWord() {
        // the event stage reads these tokens as names: "U", "S" or "AT", "T" would be none
        assertThat(tokens("U.S. officials and AT&T's chief met in the U.S.A. on Friday."))
                .containsExactly("U.S", ".", "officials", "and", "AT&T's", "chief", "met", "in", "the", "U.S.A", ".", "on", "Friday", ".");
        assertThat(tokens("Das gilt z.B. für ver.di und den US-Präsidenten, sagte RT.com.")).containsExactly(
                "Das", "gilt", "z.B", ".", "für", "ver.di", "und", "den", "US-Präsidenten", ",", "sagte", "RT.com", ".");
    }

    @Test
    void aNumberIsOneTokenButSentenceEndsAndMarksAreNotJoined() {
        // a number's comma is no clause break: "cut 2,000 jobs, a week after ..." must not say "000 jobs"
        assertThat(tokens("It rose 3.5 percent.The end & more")).containsExactly("It", "rose", "3.5", "percent", ".", "The", "end", "&", "more");
        assertThat(tokens("cut 2,000 jobs, 8,5 Prozent, 1, 2")).containsExactly("cut", "2,000", "jobs", ",", "8,5", "Prozent", ",", "1", ",", "2");
        assertThat(tokens("Clinton’s plan: \"no\"")).containsExactly("Clinton’s", "plan", ":", "\"", "no", "\"");
    }

    @Test
    void twoApostrophesAreOneMarkWhereTheyQuote() {
        String text = "''Yes'' he said";
        assertThat(Tokenizer.tokenEnd(text, 0, text.length(), true)).isEqualTo(2);
        assertThat(Tokenizer.tokenEnd(text, 0, text.length(), false)).isEqualTo(1);
    }
}
