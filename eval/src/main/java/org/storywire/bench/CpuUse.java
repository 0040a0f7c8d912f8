package org.storywire.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * The CPU this JVM spent between two moments, split into what the JIT compiler and GC pauses took.
 * On a shared machine the wall-clock rate moves with the other builds' load; CPU time per article
 * moves much less, and it names where the time went (the broker and registry share this JVM, so it
 * counts them too).
 *
 * @param cpuSeconds process CPU time, all threads
 * @param jitSeconds time the JIT compiler threads spent compiling (wall time of compilations)
 * @param gcSeconds  time of garbage collections as the collectors report it (G1: mostly pauses)
 */
record CpuUse(double cpuSeconds, double jitSeconds, double gcSeconds) {

    /** The counters now; subtract two with {@link #since}. */
    static CpuUse now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) gcMillis += Math.max(0, gc.getCollectionTime());
        return new CpuUse(os.getProcessCpuTime() / 1e9, ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3, gcMillis / 1e3);
    }

    CpuUse since(CpuUse start) {
        return new CpuUse(cpuSeconds - start.cpuSeconds, jitSeconds - start.jitSeconds, gcSeconds - start.gcSeconds);
    }

    /** "CPU 31.2 ms/article (JIT 20.1 s, GC 1.6 s)". */
    String perArticle(int articles) {
        return String.format("CPU %.1f ms/article (JIT %.1f s, GC %.1f s)", 1000 * cpuSeconds / articles, jitSeconds, gcSeconds);
    }
}
