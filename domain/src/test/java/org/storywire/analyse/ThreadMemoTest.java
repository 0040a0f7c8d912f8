package org.storywire.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ThreadMemoTest {

    @Test
    void aWordOneThreadJudgedIsNotJudgedAgainByAnother() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        ThreadMemo<String, Integer> lengths = new ThreadMemo<>(100, w -> { computed.incrementAndGet(); return w.length(); });
        assertEquals(7, lengths.get("Velmora"));
        Thread other = new Thread(() -> lengths.get("Velmora"));
        other.start();
        other.join();
        assertEquals(1, computed.get());
    }

    @Test
    void aComputationMayAskTheSameMemoForAnotherWord() {
        ThreadMemo<String, Integer>[] parts = new ThreadMemo[1];
        Function<String, Integer> count = w -> w.contains("-") ? parts[0].get(w.substring(w.indexOf('-') + 1)) + 1 : 1;
        parts[0] = new ThreadMemo<>(100, count);
        assertEquals(3, parts[0].get("Orlen-Kasse-Bund"));
    }

    @Test
    void staysBoundedAndStillAnswers() {
        AtomicInteger computed = new AtomicInteger();
        ThreadMemo<Integer, Integer> squares = new ThreadMemo<>(3, n -> { computed.incrementAndGet(); return n * n; });
        for (int n = 0; n < 10; n++) assertEquals(n * n, squares.get(n));
        assertEquals(81, squares.get(9));
        assertEquals(10, computed.get());
    }
}
