package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;

/**
 * The Server-Sent-Events feed: live story updates, filters, history with ?last=, resuming with Last-Event-ID; event changes
 * on the same connection when asked for; JSON for unknown routes.
 */
@ExtendWith(EmbeddedPlatformExtension.class)
class UpdateFeedIntegrationTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Event(String id, String data) {}

    @Test
    void clientsSeeUpdatesLiveAndResumeWhereTheyLeftOff(EmbeddedPlatform platform, @TempDir Path state) throws Exception {
        PipelineFixture fixture = new PipelineFixture(platform, "sse");
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port, Map.of());
        List<RawArticle> articles = PipelineFixture.sampleArticles();
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
            CompletableFuture<List<Event>> live = CompletableFuture.supplyAsync(() -> read(port, "/api/updates", null, 3));
            CompletableFuture<List<Event>> liveEvents = CompletableFuture.supplyAsync(() -> read(port, "/api/updates?events=true", null, 2, "event"));
            Thread.sleep(1_000); // the clients are connected before anything happens
            fixture.publish(config, articles);
            List<Event> first = live.get(120, TimeUnit.SECONDS);
            assertThat(first).hasSize(3);
            assertThat(first).allSatisfy(e -> assertThat(e.data()).contains("\"storyId\"").contains("\"status\""));

            fixture.awaitCaughtUp(config, Duration.ofSeconds(120));
            List<Event> resumed = read(port, "/api/updates", first.get(0).id(), 2);
            assertThat(resumed).hasSize(2);
            assertThat(resumed.get(0)).isEqualTo(first.get(1));
            assertThat(resumed.get(1)).isEqualTo(first.get(2));

            assertThat(PipelineFixture.get(port, "/api/updates?status=SOMETIMES").status()).isEqualTo(400);

            // A new client asking for history gets the latest updates, which resume like any other.
            List<Event> latest = read(port, "/api/updates?last=2", null, 2);
            assertThat(latest).hasSize(2);
            assertThat(read(port, "/api/updates", latest.get(0).id(), 1)).containsExactly(latest.get(1));
            PipelineFixture.Response badLast = PipelineFixture.get(port, "/api/updates?last=many");
            assertThat(badLast.status()).isEqualTo(400);
            assertThat(badLast.body().get("error").asText()).isEqualTo("bad_request");

            // Event changes come on the same connection when asked for; an id holds both feeds' positions.
            List<Event> changes = liveEvents.get(120, TimeUnit.SECONDS);
            assertThat(changes).hasSize(2).allSatisfy(e -> assertThat(e.data()).contains("\"eventId\":\"ev-").contains("\"articleCount\""));
            assertThat(changes).allSatisfy(e -> assertThat(e.id()).contains("|"));
            assertThat(read(port, "/api/updates?events=true", changes.get(0).id(), 1, "event")).extracting(Event::data)
                    .containsExactly(changes.get(1).data());
            assertThat(PipelineFixture.get(port, "/api/updates?events=sometimes").status()).isEqualTo(400);

            PipelineFixture.Response unknown = PipelineFixture.get(port, "/api/no-such-thing");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.body().get("error").asText()).as(unknown.raw()).isEqualTo("not_found");
        }
    }

    /** Reads {@code count} update events from the story feed (with a deadline), then disconnects. */
    private static List<Event> read(int port, String path, String lastEventId, int count) {
        return read(port, path, lastEventId, count, "update");
    }

    /** Reads {@code count} events named {@code name} from a feed (with a deadline), then disconnects. */
    private static List<Event> read(int port, String path, String lastEventId, int count, String name) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (lastEventId != null) request.header("Last-Event-ID", lastEventId);
        List<Event> events = new ArrayList<>();
        try {
            HttpResponse<java.io.InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String id = null;
                String data = null;
                String named = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                String line;
                while (events.size() < count && System.nanoTime() < deadline && (line = reader.readLine()) != null) {
                    if (line.startsWith("id:")) id = line.substring(3).trim();
                    else if (line.startsWith("event:")) named = line.substring(6).trim();
                    else if (line.startsWith("data:")) data = line.substring(5).trim();
                    else if (line.isEmpty()) {
                        if (name.equals(named) && data != null) events.add(new Event(id, data));
                        id = null;
                        data = null;
                        named = null;
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return events;
    }
}
