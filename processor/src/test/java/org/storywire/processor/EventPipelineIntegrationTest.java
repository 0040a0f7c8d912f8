package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;
import org.storywire.topology.EventArticles;

/** Events on a real broker and registry: assigned by the topology, answered by /api/events, the same in a fresh application. */
@ExtendWith(EmbeddedPlatformExtension.class)
class EventPipelineIntegrationTest {
    private static final RawArticle HERALD = EventArticles.damHerald();
    private static final RawArticle COURIER = EventArticles.damCourier();
    private static final RawArticle ROBOTS = EventArticles.robots();

    @Test
    void eventsAreQueryableAndTheSameArticlesGiveTheSameEventsInAFreshApplication(EmbeddedPlatform platform, @TempDir Path state)
            throws Exception {
        Map<String, String> first = run(new PipelineFixture(platform, "events-a"), state.resolve("a"), true);
        Map<String, String> second = run(new PipelineFixture(platform, "events-b"), state.resolve("b"), false);
        assertThat(first).hasSize(3);
        assertThat(second).as("article -> event in a second application over the same articles").isEqualTo(first);
    }

    /**
     * The event index's postings and expiry order have no changelog: an application stopped and started
     * again over its state, and then on an empty state directory (another instance taking the task
     * over), derives them from the restored summaries and goes on as an uninterrupted one.
     */
    @Test
    void aRestartedOrMovedTaskDerivesItsIndexAgainAndAssignsAsAnUninterruptedOne(EmbeddedPlatform platform, @TempDir Path state)
            throws Exception {
        Map<String, String> uninterrupted = new TreeMap<>();
        PipelineFixture straight = new PipelineFixture(platform, "events-straight");
        String expected = inOneLife(straight, state.resolve("straight"), List.of(List.of(HERALD), List.of(COURIER), List.of(ROBOTS)),
                uninterrupted);
        Map<String, String> restarted = new TreeMap<>();
        PipelineFixture lives = new PipelineFixture(platform, "events-lives");
        inOneLife(lives, state.resolve("first"), List.of(List.of(HERALD)), restarted);
        inOneLife(lives, state.resolve("first"), List.of(List.of(COURIER)), restarted); // the same instance again
        String actual = inOneLife(lives, state.resolve("moved"), List.of(List.of(ROBOTS)), restarted); // another one, nothing local

        assertThat(uninterrupted).hasSize(3);
        assertThat(uninterrupted.get(COURIER.getId())).isEqualTo(uninterrupted.get(HERALD.getId()));
        assertThat(restarted).isEqualTo(uninterrupted);
        assertThat(actual).isEqualTo(expected);
    }

    /** One life of an application: publishes each batch and waits for it; returns /api/events, records article id -> event id. */
    private static String inOneLife(PipelineFixture fixture, Path state, List<List<RawArticle>> batches, Map<String, String> eventOf)
            throws Exception {
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port, Map.of());
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            for (List<RawArticle> batch : batches) {
                fixture.publish(config, batch);
                fixture.awaitCaughtUp(config, Duration.ofSeconds(120));
                for (RawArticle a : batch) eventOf.put(a.getId(), PipelineFixture.eventOf(port, a.getId()));
            }
            PipelineFixture.Response events = PipelineFixture.get(port, "/api/events");
            assertThat(events.status()).as(events.raw()).isEqualTo(200);
            return events.raw();
        }
    }

    /** Runs the articles through a fresh application; returns article id -> event id as the API tells it. */
    private static Map<String, String> run(PipelineFixture fixture, Path state, boolean checkApi) throws Exception {
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port, Map.of());
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            // All at once, partitions interleaving as they will: order-signatures gives both runs one order.
            fixture.publish(config, List.of(COURIER, ROBOTS, HERALD));
            fixture.awaitCaughtUp(config, Duration.ofSeconds(120));

            Map<String, String> eventOf = new TreeMap<>();
            for (RawArticle a : List.of(HERALD, COURIER, ROBOTS)) eventOf.put(a.getId(), PipelineFixture.eventOf(port, a.getId()));
            String flood = eventOf.get(HERALD.getId());
            String robots = eventOf.get(ROBOTS.getId());
            assertThat(eventOf.get(COURIER.getId())).isEqualTo(flood);
            assertThat(robots).isNotEqualTo(flood);
            if (checkApi) checkApi(port, flood, robots);
            return eventOf;
        }
    }

    private static void checkApi(int port, String flood, String robots) {
        PipelineFixture.Response list = PipelineFixture.get(port, "/api/events");
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(ids(list.body())).as("newest last article first").containsExactly(robots, flood);
        JsonNode floodItem = list.body().get("items").get(1);
        assertThat(floodItem.get("articleCount").asInt()).isEqualTo(2);
        assertThat(floodItem.get("outlets").toString()).contains("Northern Courier", "Valley Herald");
        assertThat(floodItem.get("label").asText()).containsIgnoringCase("Kelmora River");

        assertThat(ids(PipelineFixture.get(port, "/api/events?q=kelmora").body())).containsExactly(flood);
        assertThat(ids(PipelineFixture.get(port, "/api/events?outlet=" + enc("Gadget Wire")).body())).containsExactly(robots);
        assertThat(ids(PipelineFixture.get(port, "/api/events?language=de").body())).isEmpty();
        PipelineFixture.Response page1 = PipelineFixture.get(port, "/api/events?limit=1");
        assertThat(ids(page1.body())).containsExactly(robots);
        String cursor = page1.body().get("nextCursor").asText();
        PipelineFixture.Response page2 = PipelineFixture.get(port, "/api/events?limit=1&cursor=" + enc(cursor));
        assertThat(ids(page2.body())).containsExactly(flood);
        assertThat(page2.body().get("nextCursor").isNull()).isTrue();
        assertThat(PipelineFixture.get(port, "/api/events?limit=0").status()).isEqualTo(400);

        PipelineFixture.Response detail = PipelineFixture.get(port, "/api/events/" + enc(flood));
        assertThat(detail.status()).as(detail.raw()).isEqualTo(200);
        assertThat(detail.body().get("articleIds").toString()).contains(HERALD.getId(), COURIER.getId());
        JsonNode stories = detail.body().get("stories");
        assertThat(stories.size()).as(detail.raw()).isPositive();
        for (JsonNode s : stories) {
            assertThat(s.get("title").isNull()).as("story %s has a title", s).isFalse();
            assertThat(s.get("status").asText()).isIn("CLAIMED", "DENIED", "UNCONFIRMED");
            PipelineFixture.Response story = PipelineFixture.get(port, "/api/stories/" + enc(s.get("id").asText()));
            assertThat(story.status()).isEqualTo(200);
            assertThat(story.body().get("eventId").asText()).as("the story's event").isEqualTo(flood);
        }
        List<String> robotStories = new ArrayList<>();
        PipelineFixture.get(port, "/api/events/" + enc(robots)).body().get("stories").forEach(s -> robotStories.add(s.get("id").asText()));
        for (JsonNode s : stories) assertThat(robotStories).doesNotContain(s.get("id").asText());

        checkStoryFilters(port, flood, robots);

        PipelineFixture.Response unknown = PipelineFixture.get(port, "/api/events/ev-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("error").asText()).isEqualTo("not_found");
    }

    /**
     * The list carries each event's stories with their statuses, and {@code status} and {@code actor} keep the
     * events one of whose stories has that status or names that actor, as the events' own stories say.
     */
    private static void checkStoryFilters(int port, String flood, String robots) {
        Map<String, Map<String, JsonNode>> storiesOf = new TreeMap<>();
        for (String event : List.of(flood, robots)) {
            Map<String, JsonNode> stories = new TreeMap<>();
            PipelineFixture.get(port, "/api/events/" + enc(event)).body().get("stories").forEach(s -> {
                String id = s.get("id").asText();
                stories.put(id, PipelineFixture.get(port, "/api/stories/" + enc(id)).body());
            });
            storiesOf.put(event, stories);
        }
        for (JsonNode item : PipelineFixture.get(port, "/api/events").body().get("items")) {
            Map<String, JsonNode> stories = storiesOf.get(item.get("id").asText());
            assertThat(item.get("storyCount").asInt()).isEqualTo(stories.size());
            Map<String, String> listed = new TreeMap<>();
            item.get("stories").forEach(s -> listed.put(s.get("id").asText(), s.get("status").asText()));
            Map<String, String> expected = new TreeMap<>();
            stories.forEach((id, story) -> expected.put(id, story.get("status").asText()));
            assertThat(listed).as("the stories of %s with their statuses", item.get("id")).isEqualTo(expected);
        }

        boolean narrowed = false;
        for (String status : List.of("CLAIMED", "DENIED", "UNCONFIRMED")) {
            List<String> expected = List.of(robots, flood).stream().filter(event -> storiesOf.get(event).values().stream()
                    .anyMatch(s -> s.get("status").asText().equals(status))).toList();
            PipelineFixture.Response r = PipelineFixture.get(port, "/api/events?status=" + status.toLowerCase(java.util.Locale.ROOT));
            assertThat(ids(r.body())).as("events with a %s story", status).containsExactlyElementsOf(expected);
            r.body().get("items").forEach(item -> assertThat(item.get("stories").get(0).get("status").asText())
                    .as("a matching story is listed first").isEqualTo(status));
            narrowed |= expected.size() == 1;
        }
        assertThat(narrowed).as("a status that one event's stories have and the other's do not").isTrue();

        JsonNode floodStory = storiesOf.get(flood).values().iterator().next();
        String actor = floodStory.get("positions").size() > 0 ? floodStory.get("positions").get(0).get("party").asText()
                : floodStory.get("actors").get(0).asText();
        assertThat(ids(PipelineFixture.get(port, "/api/events?actor=" + enc(actor.toUpperCase(java.util.Locale.ROOT))).body()))
                .as("events whose stories name %s", actor).contains(flood);
        assertThat(ids(PipelineFixture.get(port, "/api/events?actor=NoSuchActorAnywhere").body())).isEmpty();
        assertThat(ids(PipelineFixture.get(port, "/api/events?status=DENIED&actor=NoSuchActorAnywhere").body())).isEmpty();
        PipelineFixture.Response bad = PipelineFixture.get(port, "/api/events?status=RUMOURED");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("message").asText()).contains("status");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
