package org.storywire.ingest;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A progress line on stderr for long runs: a bar rewritten in place twice a second on a terminal,
 * otherwise one line every {@code quietSeconds} (so logs of a batch job stay short). Nothing is
 * printed during the first two seconds, so short runs print only their summary.
 */
public final class Progress implements AutoCloseable {
    private static final long FIRST_PRINT_MILLIS = 2_000;
    private static final int BAR_WIDTH = 20;

    private final IngestSummary summary;
    private final PrintStream err;
    private final boolean terminal;
    private final long total;
    private final LongSupplier inputsRead;
    private final String inputs;
    private final ScheduledExecutorService timer;
    private boolean printed;

    /**
     * @param inputsRead how many inputs (files) have been read so far
     * @param total how many inputs there are, or 0 when unknown
     * @param inputs what the inputs are: files, entries
     */
    private Progress(IngestSummary summary, PrintStream err, boolean terminal, LongSupplier inputsRead, long total, String inputs,
                     long quietSeconds) {
        this.inputsRead = inputsRead;
        this.inputs = inputs;
        this.summary = summary;
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-progress");
            t.setDaemon(true);
            return t;
        });
        long period = terminal ? 500 : quietSeconds * 1000;
        timer.scheduleAtFixedRate(this::print, Math.max(FIRST_PRINT_MILLIS, terminal ? 0 : period), period, TimeUnit.MILLISECONDS);
    }

    public static Progress start(IngestSummary summary, LongSupplier inputsRead, long total, String inputs) {
        return new Progress(summary, System.err, System.console() != null, inputsRead, total, inputs, 10);
    }

    private synchronized void print() {
        double seconds = summary.elapsedSeconds();
        String line = String.format("%s%d articles, %d failed, %.0f/s, %.0f s",
                total > 0 ? String.format("%d/%d %s, ", inputsRead.getAsLong(), total, inputs) : "",
                summary.ingestedCount(), summary.failedCount(), seconds > 0 ? summary.ingestedCount() / seconds : 0.0, seconds);
        if (terminal) {
            err.print("\r" + (total > 0 ? bar(inputsRead.getAsLong(), total) : "") + line + "   ");
        } else {
            err.println(line);
        }
        err.flush();
        printed = true;
    }

    /** A 20-character bar such as {@code [#########...........] }. */
    static String bar(long done, long total) {
        int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] ";
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (terminal && printed) {
            err.println();
        }
    }
}
