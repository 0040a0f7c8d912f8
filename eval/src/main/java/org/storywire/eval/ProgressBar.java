package org.storywire.eval;

import java.io.PrintStream;

/** A one-line progress bar on stderr, redrawn in place. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final String label;
    private final int total;

    ProgressBar(PrintStream err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
    }

    void step(int done) {
        int filled = (int) ((long) WIDTH * done / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        if (done >= total) err.println();
        err.flush();
    }
}
