package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storywire.clean.Article;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.Cleaner;

/** Any input: no exception, bounded time. The bounds are generous so that a busy machine does not fail the test. */
class RobustnessTest {
    private static final long GENEROUS_MILLIS = 20_000;
    private final Cleaner cleaner = new Cleaner();
    private final StatementExtractor extractor = new StatementExtractor();

    private void survives(String body) {
        long start = System.nanoTime();
        assertThatCode(() -> {
            CleanArticle clean = cleaner.clean(new Article("g", null, null, null, body, null, null, null));
            extractor.extract(clean);
        }).doesNotThrowAnyException();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(GENEROUS_MILLIS);
    }

    @Test
    void randomGarbageOf100Kilobytes() {
        Random random = new Random(42);
        String alphabet = "aeiouxyzAEKMPS „“\"»«‚‘’,.:;!?-()\n\t0123456789 sagte laut zufolge sei habe soll haben said according to ";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 100_000) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        survives(sb.toString());
    }

    @Test
    void hugeSingleLinesAndPathologicalRepetition() {
        survives("a".repeat(100_000));
        survives("„".repeat(50_000) + "“".repeat(50_000));
        survives("sagte Peter, ".repeat(8_000));
        survives("Laut der Zeitung ".repeat(6_000));
        survives("© ".repeat(50_000));
        survives("Stand: 01.01.2020 ".repeat(5_000));
        survives("Der Sprecher sagte, er sei bereit. ".repeat(3_000));
    }

    @Test
    void emptyAndNullInput() {
        survives("");
        assertThat(extractor.extract((CleanArticle) null)).isEmpty();
        assertThat(extractor.extract(new CleanArticle("n", null, null, null, null, null, null, null))).isEmpty();
        assertThat(cleaner.clean(new Article("n", null, null, null, null, null, null, null)).text()).isEmpty();
    }
}
