package org.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.platform.EmbeddedKafkaBroker;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;
import org.storywire.platform.registry.EmbeddedSchemaRegistry;

/**
 * {@code ingest http} in its own JVM, stopped by SIGTERM as a service manager stops it: at once
 * with its summary when the broker is there, and within the bound, saying what it waited for,
 * when a broker that went away holds the last flush (the producer would wait 2 min for it).
 */
@ExtendWith(EmbeddedPlatformExtension.class)
class IngestShutdownTest {
    private static final Pattern LISTENING = Pattern.compile("accepting articles on http://127\\.0\\.0\\.1:(\\d+)/articles");
    private static final String ARTICLE = "{\"url\":\"https://example.org/%s\",\"title\":\"A\",\"body\":\"Der Minister trat am Montag zurück.\"}";

    @TempDir
    Path work;

    @Test
    void sigtermStopsAtOnceWithTheSummary(EmbeddedPlatform platform) throws Exception {
        try (DemoProcess ingest = DemoProcess.start(ingestArgs(platform.bootstrapServers(), platform.registryUrl(), "pushed-" + System.nanoTime()))) {
            int port = awaitPort(ingest);
            assertThat(post(port, "a").statusCode()).isEqualTo(202);

            ingest.terminate();
            Duration prompt = Duration.ofSeconds(15);
            assertThat(ingest.awaitExit(prompt)).as("exited within %s; output:%n%s", prompt, ingest.output()).isTrue();
            assertThat(ingest.output()).contains("published 1, updated 0, unchanged 0, failed 0")
                    .doesNotContain("Exception").doesNotContainPattern("\\n\\s+at ");
        }
    }

    @Test
    void aBrokerGoneAwayHoldsTheStopNoLongerThanTheBound() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), 0);
        try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0);
             // The article waits in the producer's buffer (linger) until the broker has gone: only the flush can send it.
             DemoProcess ingest = DemoProcess.start(Map.of("KAFKA_LINGER_MS", "60000"), ingestArgs(broker.bootstrapServers(), registry.url(), "pushed"))) {
            int port = awaitPort(ingest);
            HttpClient.newHttpClient().sendAsync(request(port, "a"), HttpResponse.BodyHandlers.discarding());
            Thread.sleep(2_000);
            broker.close();

            ingest.terminate();
            Duration bound = Duration.ofSeconds(30 + 15);
            assertThat(ingest.awaitExit(bound)).as("exited within %s; output:%n%s", bound, ingest.output()).isTrue();
            assertThat(ingest.output()).contains("storywire: publishing (flush and summary) did not stop within 30 s; exiting without it")
                    .doesNotContain("Exception").doesNotContainPattern("\\n\\s+at ");
        }
    }

    private String[] ingestArgs(String bootstrapServers, String registryUrl, String topic) {
        return new String[] {"ingest", "http", "--port", "0", "--bootstrap-servers", bootstrapServers,
                "--schema-registry-url", registryUrl, "--state-dir", work.resolve("state").toString(), "--topic", topic};
    }

    private static int awaitPort(DemoProcess ingest) throws InterruptedException {
        ingest.awaitLine("accepting articles on", Duration.ofMinutes(2));
        Matcher m = LISTENING.matcher(ingest.output());
        assertThat(m.find()).as(ingest.output()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static HttpResponse<String> post(int port, String id) throws Exception {
        return HttpClient.newHttpClient().send(request(port, id), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(int port, String id) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles")).timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE.formatted(id))).build();
    }
}
