package org.storywire.ingest;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Counts of one ingest run, and the failures with where and why. Thread-safe. */
public final class IngestSummary {
    /** Failures beyond this many are counted but not listed, so a bad archive cannot exhaust memory. */
    private static final int LISTED_FAILURES = 1_000;

    private final AtomicLong published = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong retracted = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<String> failures = new ArrayList<>();
    private volatile long startNanos = System.nanoTime();

    /** Times the run from now: setup (topic, registry, producer) is not part of the rate. */
    public void markStart() {
        startNanos = System.nanoTime();
    }

    public void published() {
        published.incrementAndGet();
    }

    public void updated() {
        updated.incrementAndGet();
    }

    public void unchanged() {
        unchanged.incrementAndGet();
    }

    public void retracted() {
        retracted.incrementAndGet();
    }

    public void failed(String where, String reason) {
        if (failed.incrementAndGet() <= LISTED_FAILURES) {
            synchronized (failures) {
                failures.add(where + ": " + reason);
            }
        }
    }

    public long failedCount() {
        return failed.get();
    }

    /** Articles that are in the log now: newly published, updated, or already there unchanged. */
    public long ingestedCount() {
        return published.get() + updated.get() + unchanged.get() + retracted.get();
    }

    private List<String> listedFailures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Exit code of a run: 1 only when something failed and nothing could be ingested. */
    public int exitCode() {
        return ingestedCount() == 0 && failedCount() > 0 ? 1 : 0;
    }

    public String line() {
        double seconds = elapsedSeconds();
        long done = ingestedCount();
        return String.format("published %d, updated %d, unchanged %d, %sfailed %d in %.1f s (%.0f articles/s)",
                published.get(), updated.get(), unchanged.get(),
                retracted.get() > 0 ? "retracted " + retracted.get() + ", " : "",
                failed.get(), seconds, seconds > 0 ? done / seconds : 0.0);
    }

    public void print(PrintWriter out) {
        out.println(line());
        List<String> listed = listedFailures();
        for (String failure : listed) {
            out.println("  failed: " + failure);
        }
        if (failed.get() > listed.size()) {
            out.println("  ... and " + (failed.get() - listed.size()) + " more failures");
        }
        out.flush();
    }
}
