package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Shingle hashes are stored with statements and compared across runs: they stay those of the joined 3-grams' bytes. */
class ShinglesTest {

    @Test
    void eachThreeGramHashesAsItsWordsJoinedBySpaces() {
        for (String sentence : List.of(
                "Die Reederei Halvström wies den Bericht zurück, die Reederei Halvström wies ihn zurück.",
                "Łódź's mayor Zoë Brandt said the café would reopen",
                "Der Verband „Ωmega“ nannte 😀 keine Zahl",
                "zu kurz")) {
            List<String> tokens = TextAnalysis.tokens(sentence);
            assertThat(Shingles.of(tokens)).as(sentence).isEqualTo(joinedAndHashed(tokens));
        }
        assertThat(Shingles.of(List.of())).isEmpty();
    }

    /** The hashes as first written: each 3-gram joined into a string, FNV-1a over its UTF-8 bytes, sorted and distinct. */
    private static List<Long> joinedAndHashed(List<String> tokens) {
        TreeSet<Long> hashes = new TreeSet<>();
        for (int i = 0; i + 3 <= tokens.size(); i++) {
            long hash = 0xcbf29ce484222325L;
            for (byte b : String.join(" ", tokens.subList(i, i + 3)).getBytes(StandardCharsets.UTF_8)) {
                hash ^= b & 0xff;
                hash *= 0x100000001b3L;
            }
            hashes.add(hash);
        }
        return List.copyOf(hashes);
    }
}
