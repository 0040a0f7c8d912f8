package org.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The demo as a user runs it, in its own JVM: a second demo on the same data directory or on a
 * taken port is refused in one line, and Ctrl-C or SIGTERM stops everything in order, within the
 * bound, without a stack trace.
 */
class DemoLifecycleTest {
    private static final Path SAMPLES = Path.of("..", "samples", "articles.jsonl");
    /** The demo's own bound (30 s) and a JVM's exit. */
    private static final Duration EXIT_BOUND = Duration.ofSeconds(40);

    @TempDir
    Path work;

    @Test
    void aSecondDemoOnTheSameDataIsRefusedAndCtrlCWhileIngestingStopsCleanly() throws Exception {
        Path data = work.resolve("data");
        try (DemoProcess first = DemoProcess.start("demo", "--data", data.toString(), "--articles", SAMPLES.toString(),
                "--kafka-port", "0", "--registry-port", "0", "--port", "0", "--pace", "60")) {
            first.awaitLine("Ingesting", Duration.ofMinutes(3));

            Run second = run("demo", "--data", data.toString(), "--articles", SAMPLES.toString(),
                    "--kafka-port", "0", "--registry-port", "0", "--port", "0", "--once");
            assertThat(second.exitCode).isEqualTo(2);
            assertThat(second.err.strip().lines()).singleElement().asString()
                    .contains("is in use by storywire pid " + first.process.pid()).contains("--data");

            first.interrupt();
            assertThat(first.awaitExit(EXIT_BOUND)).as("exited within %s; output:%n%s", EXIT_BOUND, first.output()).isTrue();
            assertThat(first.output()).doesNotContain("Exception").doesNotContainPattern("\\n\\s+at ");
        }
    }

    @Test
    void sigtermAfterIngestStopsCleanly() throws Exception {
        try (DemoProcess demo = DemoProcess.start("demo", "--data", work.resolve("data").toString(), "--articles", SAMPLES.toString(),
                "--kafka-port", "0", "--registry-port", "0", "--port", "0", "--pace", "1")) {
            demo.awaitLine("All articles ingested", Duration.ofMinutes(3));
            demo.terminate();
            assertThat(demo.awaitExit(EXIT_BOUND)).as("exited within %s; output:%n%s", EXIT_BOUND, demo.output()).isTrue();
            assertThat(demo.output()).doesNotContain("Exception").doesNotContainPattern("\\n\\s+at ");
        }
    }

    @Test
    void aTakenPortIsOneLineNamingItsOption() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String port = String.valueOf(taken.getLocalPort());
            for (String option : new String[] {"--kafka-port", "--registry-port", "--port"}) {
                Map<String, String> ports = new LinkedHashMap<>(Map.of("--kafka-port", "0", "--registry-port", "0", "--port", "0"));
                ports.put(option, port);
                List<String> args = new ArrayList<>(List.of("demo", "--data", work.resolve("data" + option).toString(),
                        "--articles", SAMPLES.toString(), "--once"));
                ports.forEach((name, value) -> args.addAll(List.of(name, value)));
                Run run = run(args.toArray(String[]::new));
                assertThat(run.exitCode).isEqualTo(2);
                assertThat(run.err.strip().lines()).singleElement().asString()
                        .contains("port " + port + " is already in use").contains("another " + option);
            }
        }
    }

    private record Run(int exitCode, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cli.execute(args);
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }
}
