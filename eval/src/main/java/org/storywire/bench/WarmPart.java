package org.storywire.bench;

/**
 * The second half of an end-to-end run: a fresh processor's first articles pay for class loading,
 * RocksDB's first files and the JIT compiling the new code paths (17-19 s of the 53-58 CPU seconds
 * of a 1,500-article run), so the whole run's rate is not the pipeline's steady rate. The bench
 * publishes the second half once the first is through every hop, so the part holds its own
 * articles' work alone (a mark read off the input's offsets mid-run would also hold the first
 * half's backlog in the later hops).
 */
record WarmPart(long articles, double seconds, CpuUse cpu) {

    /** The {@code articles} published at the mark ({@code markNanos}, {@code cpuAtMark}), through at the end. */
    static WarmPart between(long articles, long markNanos, CpuUse cpuAtMark, long endNanos, CpuUse cpuAtEnd) {
        return new WarmPart(articles, (endNanos - markNanos) / 1e9, cpuAtEnd.since(cpuAtMark));
    }

    double articlesPerSecond() {
        return seconds <= 0 ? 0 : articles / seconds;
    }
}
