package org.storywire.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * A processor instance in a JVM of its own, started exactly as {@code storywire process} starts it
 * (configuration from the environment), so that it can be killed with SIGKILL: no shutdown hook,
 * no flush, no clean leave from the group.
 */
final class ProcessorProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ProcessorProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** The child's entry point. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ProcessCommand()).execute(args));
    }

    static ProcessorProcess start(Map<String, String> env, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ProcessorProcess.class.getName()));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new ProcessorProcess(builder.start(), log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, and wait until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("process " + process.pid() + " survived SIGKILL");
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
