package org.storywire.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WordMemoTest {

    @Test
    void aWordOneThreadJudgedIsNotJudgedAgainByAnother() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        WordMemo<String, Integer> lengths = new WordMemo<>(100, w -> { computed.incrementAndGet(); return w.length(); });
        assertEquals(7, lengths.get("Velmora"));
        Thread other = new Thread(() -> lengths.get("Velmora"));
        other.start();
        other.join();
        assertEquals(1, computed.get());
    }

    @Test
    void aComputationMayAskTheSameMemoForAnotherWord() {
        WordMemo<String, Integer>[] parts = new WordMemo[1];
        Function<String, Integer> count = w -> w.contains("-") ? parts[0].get(w.substring(w.indexOf('-') + 1)) + 1 : 1;
        parts[0] = new WordMemo<>(100, count);
        assertEquals(3, parts[0].get("Orlen-Kasse-Bund"));
    }

    @Test
    void staysBoundedAndStillAnswers() {
        AtomicInteger computed = new AtomicInteger();
        WordMemo<Integer, Integer> squares = new WordMemo<>(3, n -> { computed.incrementAndGet(); return n * n; });
        for (int n = 0; n < 10; n++) assertEquals(n * n, squares.get(n));
        assertEquals(81, squares.get(9));
        assertEquals(10, computed.get());
    }
}
