package org.storywire.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU this JVM spent between two moments, and the parts of it that name the bound: the Kafka
 * Streams threads (the pipeline's own work), the JIT compiler threads and the garbage collector's
 * threads; the rest is the broker, the registry, the clients' network threads and the bench itself,
 * which share this JVM. The bench's own lag probe (its admin client's thread, {@link LagProbe#CLIENT_ID})
 * is a part of its own: it is the instrument, not the pipeline. On a shared machine the wall-clock rate moves with the other builds' load;
 * CPU time per article moves much less, so back-to-back runs compare on it.
 *
 * <p>The compiler and collector threads are no Java threads to {@link ThreadMXBean}, so their time
 * comes from {@code /proc/self/task/}; where that is missing their parts read 0.
 */
record CpuUse(double cpuSeconds, double streamSeconds, double jitSeconds, double gcSeconds, double probeSeconds) {

    /** The counters now; subtract two with {@link #since}. */
    static CpuUse now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long streamNanos = 0;
        long probeNanos = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t == null) continue;
            if (t.getThreadName().contains(LagProbe.CLIENT_ID)) probeNanos += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            // The producer's network thread carries the stream thread's name too: it is Kafka's, not the pipeline's.
            if (!t.getThreadName().contains("StreamThread") || t.getThreadName().contains("producer")) continue;
            streamNanos += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
        }
        double[] jitAndGc = nativeThreadSeconds();
        return new CpuUse(os.getProcessCpuTime() / 1e9, streamNanos / 1e9, jitAndGc[0], jitAndGc[1], probeNanos / 1e9);
    }

    /** CPU seconds of the compiler threads and of the collector's threads, from their /proc stat lines. */
    private static double[] nativeThreadSeconds() {
        double[] seconds = new double[2];
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime, fields 14 and 15 of the line, in clock ticks (100 a second on Linux)
                    double used = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                    if (name.contains("CompilerThre")) seconds[0] += used;
                    else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) seconds[1] += used;
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we read: its time is lost to both moments alike
                }
            });
        } catch (IOException e) {
            return new double[2];
        }
        return seconds;
    }

    CpuUse since(CpuUse start) {
        return new CpuUse(cpuSeconds - start.cpuSeconds, streamSeconds - start.streamSeconds, jitSeconds - start.jitSeconds,
                gcSeconds - start.gcSeconds, probeSeconds - start.probeSeconds);
    }

    /** "CPU 29.4 ms/article: stream threads 11.0, JIT 9.5, GC 2.1, bench's lag probe 0.1, broker and the rest 6.7". */
    String perArticle(int articles) {
        double rest = cpuSeconds - streamSeconds - jitSeconds - gcSeconds - probeSeconds;
        return String.format("CPU %.1f ms/article: stream threads %.1f, JIT %.1f, GC %.1f, bench's lag probe %.1f, broker and the rest %.1f",
                per(cpuSeconds, articles), per(streamSeconds, articles), per(jitSeconds, articles), per(gcSeconds, articles),
                per(probeSeconds, articles), per(rest, articles));
    }

    private static double per(double seconds, int articles) {
        return 1000 * seconds / articles;
    }
}
