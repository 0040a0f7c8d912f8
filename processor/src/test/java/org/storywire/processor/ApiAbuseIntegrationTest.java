package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;

/**
 * The HTTP API under abuse on loopback: the bearer token (401 without, 403 wrong), malformed parameters and huge query
 * strings get the right errors as JSON; 500 Server-Sent-Events clients plus one that never reads
 * all stay connected, and every reading client receives every update.
 */
@ExtendWith(EmbeddedPlatformExtension.class)
class ApiAbuseIntegrationTest {
    private static final String TOKEN = "api-token-for-tests";
    private static final int SSE_CLIENTS = 500;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern UPDATE_EVENT = Pattern.compile("event: ?update");

    @Test
    void tokenParametersAndHugeQueriesGetTheRightErrors(EmbeddedPlatform platform, @TempDir Path state) throws Exception {
        PipelineFixture fixture = new PipelineFixture(platform, "api-abuse");
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port, Map.of("STORYWIRE_API_TOKEN", TOKEN));
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
            assertThat(send(port, "/api/stories", null).statusCode()).isEqualTo(401);
            assertThat(send(port, "/api/stories", "wrong").statusCode()).isEqualTo(403);
            assertThat(send(port, "/api/updates", null).statusCode()).isEqualTo(401);
            assertThat(send(port, "/api/stories", TOKEN).statusCode()).isEqualTo(200);
            assertThat(send(port, "/health", null).statusCode()).isEqualTo(200);

            for (String bad : List.of("/api/stories?status=BOGUS", "/api/stories?limit=-1", "/api/stories?limit=abc",
                    "/api/stories?limit=99999999999", "/api/stories?cursor=%25%25%25", "/api/stories?cursor=bm90LWEtY3Vyc29y",
                    "/api/stories?updatedSince=yesterday", "/api/stories/x?asOf=2026-13-45", "/api/updates?status=nope",
                    "/api/stories?q=" + "x".repeat(5_000))) {
                HttpResponse<String> r = send(port, bad, TOKEN);
                assertThat(r.statusCode()).as(bad).isEqualTo(400);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(bad).startsWith("application/json");
                assertThat(PipelineFixture.JSON.readTree(r.body()).path("message").asText()).as("%s: %s", bad, r.body()).isNotBlank();
            }
            HttpResponse<String> enormous = send(port, "/api/stories?q=" + "y".repeat(100_000), TOKEN);
            assertThat(enormous.statusCode()).as("a 100 KB query string, over the server's header limit").isBetween(400, 499);
            assertThat(send(port, "/api/stories", TOKEN).statusCode()).as("still serving").isEqualTo(200);
        }
    }

    @Test
    void fiveHundredStreamingClientsAndOneThatNeverReadsAllGetEveryUpdate(EmbeddedPlatform platform, @TempDir Path state) throws Exception {
        PipelineFixture fixture = new PipelineFixture(platform, "sse-many");
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port, Map.of());
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config));
             Selector selector = Selector.open()) {
            assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long heapBefore = runtime.totalMemory() - runtime.freeMemory();

            SocketChannel neverReads = SocketChannel.open();
            neverReads.setOption(StandardSocketOptions.SO_RCVBUF, 1024);
            neverReads.connect(new InetSocketAddress("127.0.0.1", port));
            neverReads.write(request());
            Map<SocketChannel, ClientStream> received = new HashMap<>();
            for (int i = 0; i < SSE_CLIENTS; i++) {
                SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
                c.write(request());
                c.configureBlocking(false);
                c.register(selector, SelectionKey.OP_READ);
                received.put(c, new ClientStream());
            }
            awaitAll(selector, received, s -> s.connected, Duration.ofMinutes(1));

            fixture.publish(config, ReliabilityCorpus.articles(300, 7));
            fixture.awaitCaughtUp(config, Duration.ofMinutes(3));
            long updates;
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", fixture.bootstrapServers))) {
                updates = ConsumerLag.endOffsets(admin, config.topics().storyUpdates());
            }
            assertThat(updates).isPositive();
            // Transaction markers take offsets too: count the updates as a reader sees them.
            long committedUpdates = TopicContents.updateVersions(fixture, config).values().stream().mapToLong(List::size).sum();
            awaitAll(selector, received, s -> s.updates >= committedUpdates, Duration.ofMinutes(2));

            System.gc();
            long heapGrowth = runtime.totalMemory() - runtime.freeMemory() - heapBefore;
            System.out.printf("SSE: %d clients + 1 that never reads, %d updates each, heap growth %d MB%n",
                    SSE_CLIENTS, committedUpdates, heapGrowth / (1024 * 1024));
            assertThat(heapGrowth).as("heap growth with %d clients", SSE_CLIENTS).isLessThan(512L * 1024 * 1024);
            assertThat(send(port, "/api/stories", null).statusCode()).as("still serving").isEqualTo(200);
            for (SocketChannel c : received.keySet()) c.close();
            neverReads.close();
        }
    }

    private static ByteBuffer request() {
        return ByteBuffer.wrap("GET /api/updates HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** What one client has seen: counted as it arrives, so that the test itself holds no stream in memory. */
    private static final class ClientStream {
        private String tail = "";
        boolean connected;
        long updates;

        void append(String chunk) {
            String text = tail + chunk;
            if (text.contains(": connected")) connected = true;
            Matcher m = UPDATE_EVENT.matcher(text);
            int end = 0;
            while (m.find()) {
                updates++;
                end = m.end();
            }
            // Keep enough to match a marker split across reads, never one already counted.
            tail = text.substring(Math.max(end, text.length() - 16));
        }
    }

    /** Reads every client until each one's stream satisfies {@code done}. */
    private static void awaitAll(Selector selector, Map<SocketChannel, ClientStream> received,
                                 java.util.function.Predicate<ClientStream> done, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        while (true) {
            long pending = received.values().stream().filter(done.negate()).count();
            if (pending == 0) return;
            assertThat(System.nanoTime()).as("%d of %d clients still waiting", pending, received.size()).isLessThan(deadline);
            selector.select(200);
            for (SelectionKey key : selector.selectedKeys()) {
                SocketChannel c = (SocketChannel) key.channel();
                buffer.clear();
                int n = c.read(buffer);
                assertThat(n).as("a client was disconnected").isNotNegative();
                received.get(c).append(new String(buffer.array(), 0, n, StandardCharsets.UTF_8));
            }
            selector.selectedKeys().clear();
        }
    }

    private static HttpResponse<String> send(int port, String pathAndQuery, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
