package org.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator commands and ingest pointed at a cluster that is not there, each in its own JVM as
 * a user runs it: one line naming the servers and the option that sets them, and a non-zero exit,
 * soon; not minutes of client retries ending in a stack trace.
 */
class UnreachableClusterTest {
    /** Ingest's own 30 s (the operator commands wait 15 s), and a JVM's start and exit on a loaded machine. */
    private static final Duration EXIT_BOUND = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    void dlqResetAndIngestAgainstAStoppedBrokerOrAnUnknownHostSayWhichInOneLine() throws Exception {
        String stopped = "127.0.0.1:" + portNobodyListensOn();
        String unknown = "no-such-broker.invalid:9092";
        try (DemoProcess list = DemoProcess.start("dlq", "list", "--bootstrap-servers", stopped);
             DemoProcess reset = DemoProcess.start("reset", "--bootstrap-servers", stopped, "--state-dir", work.toString());
             DemoProcess replay = DemoProcess.start("dlq", "replay", "--all", "--bootstrap-servers", unknown);
             DemoProcess ingest = DemoProcess.start("ingest", "rss", "--once", "http://127.0.0.1:1/feed.xml", "--bootstrap-servers", stopped,
                     "--state-dir", work.toString());
             DemoProcess ingestUnknown = DemoProcess.start("ingest", "rss", "--once", "http://127.0.0.1:1/feed.xml", "--bootstrap-servers", unknown,
                     "--state-dir", work.toString())) {
            assertOneLine(list, 2, "storywire dlq list: no Kafka broker answered at " + stopped + " within 15 s");
            assertOneLine(reset, 2, "storywire reset: no Kafka broker answered at " + stopped + " within 15 s");
            assertOneLine(replay, 2, "storywire dlq replay: Kafka at " + unknown + ": No resolvable bootstrap urls");
            assertOneLine(ingest, 1, "ingest: no Kafka broker answered at " + stopped + " within 30 s");
            assertOneLine(ingestUnknown, 1, "ingest: Kafka at " + unknown + ": No resolvable bootstrap urls");
        }
    }

    private static void assertOneLine(DemoProcess command, int exitCode, String start) throws InterruptedException {
        assertThat(command.awaitExit(EXIT_BOUND)).as("exited within %s; output:%n%s", EXIT_BOUND, command.output()).isTrue();
        assertThat(command.process.exitValue()).isEqualTo(exitCode);
        assertThat(command.output().strip().lines()).as(command.output()).singleElement().asString()
                .startsWith(start).contains("--bootstrap-servers");
    }

    private static int portNobodyListensOn() throws Exception {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}
