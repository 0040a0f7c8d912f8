package org.storywire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LagProbeTest {
    @Test
    void aLongWaitIsProbedAFewTimesASecondNotTwenty() {
        // 3,000 records left at 100 a second: 30 s to go, so a look a second.
        assertEquals(LagProbe.CEILING_MILLIS, LagProbe.pauseMillis(3_000, 1_000, 10));
        // 40 left at the same rate: 400 ms to go, a quarter of it.
        assertEquals(100, LagProbe.pauseMillis(40, 1_000, 10));
    }

    @Test
    void nearTheEndTheProbeLooksEvery50Milliseconds() {
        assertEquals(LagProbe.FLOOR_MILLIS, LagProbe.pauseMillis(5, 1_000, 10));
        assertEquals(LagProbe.FLOOR_MILLIS, LagProbe.pauseMillis(0, 1_000, 10), "the other hops are checked at the floor");
    }

    @Test
    void beforeAnythingIsProcessedThereIsNoRateToGoBy() {
        assertEquals(LagProbe.UNKNOWN_RATE_MILLIS, LagProbe.pauseMillis(1_500, 0, 3));
        assertEquals(LagProbe.UNKNOWN_RATE_MILLIS, LagProbe.pauseMillis(1_500, 10, 0));
    }
}
