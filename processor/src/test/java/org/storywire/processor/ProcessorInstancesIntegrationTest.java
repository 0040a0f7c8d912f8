package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;
import org.storywire.topology.TimeWindow;

/** Several instances, restarts and replays on a real broker: the stories stay the same. */
@ExtendWith(EmbeddedPlatformExtension.class)
class ProcessorInstancesIntegrationTest {

    @Test
    void everyInstanceAnswersForEveryStoryAndTheSurvivorTakesOver(EmbeddedPlatform platform, @TempDir Path stateA, @TempDir Path stateB) throws Exception {
        PipelineFixture fixture = new PipelineFixture(platform, "two");
        int portA = PipelineFixture.freePort();
        int portB = PipelineFixture.freePort();
        StorywireConfig configA = fixture.config(stateA, portA, Map.of());
        StorywireConfig configB = fixture.config(stateB, portB, Map.of());
        List<RawArticle> articles = PipelineFixture.sampleArticles();
        Map<String, String> expected = InProcessReference.statuses(articles);

        ProcessorApp a = ProcessorApp.start(configA, ProcessCommand.serdeFactory(configA));
        try (ProcessorApp b = ProcessorApp.start(configB, ProcessCommand.serdeFactory(configB))) {
            assertThat(a.awaitRunning(Duration.ofSeconds(90))).isTrue();
            assertThat(b.awaitRunning(Duration.ofSeconds(90))).isTrue();
            fixture.publish(configA, articles);
            fixture.awaitCaughtUp(configA, Duration.ofSeconds(120));
            awaitAllRunning(Duration.ofSeconds(60), a, b);
            PipelineFixture.awaitEventsOf(portA, articles);

            assertThat(PipelineFixture.statuses(portA)).isEqualTo(expected);
            assertThat(PipelineFixture.statuses(portB)).isEqualTo(expected);
            for (var story : expected.entrySet()) {
                for (int port : new int[] {portA, portB}) {
                    PipelineFixture.Response r = PipelineFixture.get(port, "/api/stories/"
                            + java.net.URLEncoder.encode(story.getKey(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
                    assertThat(r.status()).as("story %s on port %d", story.getKey(), port).isEqualTo(200);
                    assertThat(r.body().get("status").asText()).isEqualTo(story.getValue());
                    assertThat(r.body().get("eventId").isNull()).as("story %s knows its event on port %d", story.getKey(), port).isFalse();
                }
            }
            // Events live on the one instance running assignment; the other forwards.
            PipelineFixture.Response eventsA = PipelineFixture.get(portA, "/api/events?limit=500");
            assertThat(eventsA.status()).as(eventsA.raw()).isEqualTo(200);
            assertThat(eventsA.body().get("items").size()).isPositive();
            assertThat(PipelineFixture.get(portB, "/api/events?limit=500").raw()).isEqualTo(eventsA.raw());
            String firstEvent = eventsA.body().get("items").get(0).get("id").asText();
            PipelineFixture.Response eventA = PipelineFixture.get(portA, "/api/events/" + firstEvent);
            assertThat(eventA.status()).as(eventA.raw()).isEqualTo(200);
            assertThat(PipelineFixture.get(portB, "/api/events/" + firstEvent).raw()).isEqualTo(eventA.raw());

            a.close();
            Map<String, String> afterFailover = awaitStatuses(portB, expected, Duration.ofSeconds(120));
            assertThat(afterFailover).isEqualTo(expected);
        } finally {
            a.close();
        }
    }

    @Test
    void aRestartedInstanceKeepsItsStoriesAndAReplayGivesTheSameOnes(EmbeddedPlatform platform, @TempDir Path state, @TempDir Path replayState) throws Exception {
        PipelineFixture fixture = new PipelineFixture(platform, "restart");
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port, Map.of());
        List<RawArticle> articles = PipelineFixture.sampleArticles();
        Map<String, String> original;
        String events;
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
            fixture.publish(config, articles);
            fixture.awaitCaughtUp(config, Duration.ofSeconds(120));
            PipelineFixture.awaitEventsOf(port, articles);
            original = PipelineFixture.statuses(port);
            events = PipelineFixture.get(port, "/api/events?limit=500").raw();
        }
        assertThat(original).isNotEmpty();
        assertThat(events).contains("\"id\":\"ev-");

        try (ProcessorApp restarted = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            assertThat(restarted.awaitRunning(Duration.ofSeconds(90))).isTrue();
            assertThat(PipelineFixture.statuses(port)).isEqualTo(original);
            assertThat(PipelineFixture.get(port, "/api/events?limit=500").raw()).as("events after a restart").isEqualTo(events);
        }

        int replayPort = PipelineFixture.freePort();
        StorywireConfig replay = ReplayCommand.replayConfig(
                fixture.config(replayState, port, Map.of()), fixture.prefix + "-replay", replayPort);
        try (ProcessorApp app = ProcessorApp.start(replay, ProcessCommand.serdeFactory(replay), TimeWindow.ALL)) {
            ReplayCommand.Result result = ReplayCommand.awaitCaughtUp(app, Duration.ofSeconds(120));
            assertThat(result.articles()).isEqualTo(articles.size());
            // Caught up means assigned too: no signature still waits in the merge.
            assertThat(PipelineFixture.get(replayPort, "/api/events?limit=500").raw()).as("the replay's events").isEqualTo(events);
            assertThat(PipelineFixture.statuses(replayPort)).isEqualTo(original);
        }
    }

    private static void awaitAllRunning(Duration timeout, ProcessorApp... apps) throws InterruptedException {
        for (ProcessorApp app : apps) assertThat(app.awaitRunning(timeout)).isTrue();
    }

    private static Map<String, String> awaitStatuses(int port, Map<String, String> expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> last = null;
        while (System.nanoTime() < deadline) {
            last = PipelineFixture.statuses(port);
            if (expected.equals(last)) return last;
            Thread.sleep(250);
        }
        return last;
    }
}
