package org.storywire.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** {@code storywire} run as a child JVM on the test's classpath, its output collected line by line. */
final class DemoProcess implements AutoCloseable {
    final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private DemoProcess(Process process) {
        this.process = process;
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) lines.add(line);
            } catch (IOException e) {
                // the child is gone
            }
        }, "demo-output");
        reader.setDaemon(true);
        reader.start();
    }

    static DemoProcess start(String... args) throws IOException {
        return start(Map.of(), args);
    }

    /** With {@code env} added to this JVM's environment. */
    static DemoProcess start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        return new DemoProcess(builder.start());
    }

    /** Waits for a line containing {@code text}; fails with the output so far if it does not come. */
    void awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(l -> l.contains(text))) return;
            if (!process.isAlive()) break;
            Thread.sleep(100);
        }
        throw new AssertionError("no line with '" + text + "' within " + timeout.toSeconds() + " s; output:\n" + output());
    }

    /** Sends SIGINT, as Ctrl-C in a terminal does. */
    void interrupt() throws IOException, InterruptedException {
        signal("INT");
    }

    /**
     * Sends SIGTERM, as a service manager does. Not {@link Process#destroy()}: it closes the child's
     * output at once, so whatever the child says while it stops would never be read.
     */
    void terminate() throws IOException, InterruptedException {
        signal("TERM");
    }

    private void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).start().waitFor();
    }

    /** Waits for the child to exit and for its last lines, which the reader may not have taken yet when it does. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) return false;
        reader.join(Duration.ofSeconds(10).toMillis());
        return true;
    }

    String output() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
