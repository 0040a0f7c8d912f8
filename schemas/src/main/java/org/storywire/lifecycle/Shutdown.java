package org.storywire.lifecycle;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops what a command started, on Ctrl-C, SIGTERM or when the command is done: the parts in the
 * reverse order of their start (so ingest and the API stop before the streams they read, the
 * streams before the registry and the broker they use), each once, and all within a bound. A
 * part that fails to stop is reported in one line and the next one is stopped anyway; a part that
 * hangs (the broker once did, in its own shutdown) is cut short by a watchdog that halts the JVM
 * when the bound has passed, since a command that cannot be stopped is worse than one that stops
 * without its last flush.
 */
public final class Shutdown {
    private record Part(String name, AutoCloseable stop) {}

    private final Deque<Part> parts = new ArrayDeque<>();
    private final Duration bound;
    private final PrintStream err;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAll, "storywire-shutdown");
    private volatile String current = "";

    private Shutdown(Duration bound, PrintStream err) {
        this.bound = bound;
        this.err = err;
    }

    /** A shutdown that runs on SIGINT/SIGTERM, and when {@link #now()} is called. */
    public static Shutdown onSignal(Duration bound, PrintStream err) {
        Shutdown shutdown = new Shutdown(bound, err);
        Runtime.getRuntime().addShutdownHook(shutdown.hook);
        return shutdown;
    }

    /** Registers a started part; parts stop newest first. */
    public synchronized void add(String name, AutoCloseable stop) {
        parts.push(new Part(name, stop));
    }

    /** Whether stopping has begun: loops that feed the system end at their next step. */
    public boolean isStopping() {
        return stopping.get();
    }

    /** Stops everything from this thread, as a signal would; the hook then has nothing left to do. */
    public void now() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs or has run: stopAll below waits for it
        }
        stopAll();
    }

    /** Waits until every part is stopped. */
    public void await() throws InterruptedException {
        stopped.await();
    }

    private void stopAll() {
        if (!stopping.compareAndSet(false, true)) {
            awaitQuietly();
            return;
        }
        Thread watchdog = new Thread(this::haltAfterBound, "storywire-shutdown-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        while (true) {
            Part part;
            synchronized (this) {
                part = parts.poll();
            }
            if (part == null) break;
            current = part.name();
            try {
                part.stop().close();
            } catch (Exception e) {
                err.println("storywire: stopping " + part.name() + ": " + e);
            }
        }
        stopped.countDown();
        watchdog.interrupt();
    }

    private void haltAfterBound() {
        try {
            if (stopped.await(bound.toMillis(), TimeUnit.MILLISECONDS)) return;
        } catch (InterruptedException e) {
            return;
        }
        err.println("storywire: " + current + " did not stop within " + bound.toSeconds() + " s; exiting without it");
        err.flush();
        Runtime.getRuntime().halt(1);
    }

    private void awaitQuietly() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
