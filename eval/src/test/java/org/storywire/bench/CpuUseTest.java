package org.storywire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CpuUseTest {
    /** Busy work the JIT cannot drop: the result is returned. */
    private static long spin(long rounds) {
        long x = 1;
        for (long i = 0; i < rounds; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        return x;
    }

    private static CpuUse whileBusy(String threadName) throws InterruptedException {
        CpuUse before = CpuUse.now();
        long[] sink = new long[1];
        Thread t = new Thread(() -> sink[0] = spin(1_000_000_000L), threadName);
        t.start();
        // Read while the thread still lives: the time of a thread that has ended is no longer listed.
        while (t.getState() != Thread.State.RUNNABLE) Thread.onSpinWait();
        while (CpuUse.now().since(before).cpuSeconds() < 0.2 && t.isAlive()) Thread.sleep(10);
        CpuUse used = CpuUse.now().since(before);
        t.join();
        assertTrue(sink[0] != 0);
        return used;
    }

    @Test
    void aStreamThreadCountsAsThePipelinesWorkItsProducerDoesNot() throws InterruptedException {
        CpuUse stream = whileBusy("app-1234-StreamThread-1");
        assertTrue(stream.streamSeconds() > 0, "stream thread counted: " + stream);
        assertTrue(stream.streamSeconds() <= stream.cpuSeconds() + 0.05, "a part of the process: " + stream);

        CpuUse producer = whileBusy("kafka-producer-network-thread | app-1234-StreamThread-1-producer");
        assertEquals(0.0, producer.streamSeconds(), 0.02, "producer thread not counted: " + producer);
    }

    @Test
    void theBenchsLagProbeCountsApartFromTheRest() throws InterruptedException {
        CpuUse probe = whileBusy("kafka-admin-client-thread | " + LagProbe.CLIENT_ID);
        assertTrue(probe.probeSeconds() > 0, "probe thread counted: " + probe);
        assertEquals(0.0, probe.streamSeconds(), 0.02, "not the pipeline's: " + probe);
        assertTrue(probe.perArticle(1).contains("bench's lag probe "), probe.perArticle(1));

        CpuUse other = whileBusy("kafka-admin-client-thread | adminclient-1");
        assertEquals(0.0, other.probeSeconds(), 0.02, "the processor's own admin client is no probe: " + other);
    }

    @Test
    void thePartsAreTheProcessTimeSplit() {
        CpuUse now = CpuUse.now();
        assertTrue(now.jitSeconds() > 0, "this JVM has compiled something: " + now);
        assertTrue(now.jitSeconds() + now.gcSeconds() + now.streamSeconds() + now.probeSeconds() <= now.cpuSeconds() + 0.05, now.toString());
        assertTrue(CpuUse.now().perArticle(10).startsWith("CPU "));
    }
}
