package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.avro.StoryState;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;
import org.storywire.topology.TopicProvisioner;

/**
 * kill -9 at random moments: a processor in a JVM of its own is killed while it works and started
 * again, over and over; at the end its stories equal those of an uninterrupted run over the same
 * log (a second application id), and story-updates read with read_committed hold every story's
 * versions exactly once, 1..n (exactly-once across crashes).
 *
 * <p>CI runs a short schedule; {@code -Dstorywire.reliability.full=true} runs the full one (README,
 * "Reliability").
 */
@ExtendWith(EmbeddedPlatformExtension.class)
class ProcessorCrashRecoveryTest {
    private static final boolean FULL = Boolean.getBoolean("storywire.reliability.full");
    private static final int ARTICLES = FULL ? 10_000 : 500;
    private static final int KILLS = FULL ? 20 : 3;
    // Bounds, not expectations: the machines are shared and often loaded far beyond their cores.
    private static final Duration CATCH_UP = Duration.ofMinutes(FULL ? 40 : 10);
    // A killed member never leaves its group: a short session lets the group move on in seconds.
    private static final Map<String, String> FAST_FAILURE_DETECTION = Map.of(
            "KAFKA_SESSION_TIMEOUT_MS", "6000", "KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
    // Secrets in the environment, which the children's logs must never show.
    private static final String REGISTRY_PASSWORD = "s3cret-registry-pw";
    private static final String API_TOKEN = "t0ken-never-logged";
    private static final Map<String, String> SECRETS = Map.of(
            "KAFKA_BASIC_AUTH_CREDENTIALS_SOURCE", "USER_INFO", "KAFKA_BASIC_AUTH_USER_INFO", "storywire:" + REGISTRY_PASSWORD,
            "STORYWIRE_API_TOKEN", API_TOKEN);

    @Test
    void oneInstanceKilledRepeatedlyEndsLikeAnUninterruptedRun(EmbeddedPlatform platform, @TempDir Path dir) throws Exception {
        runSchedule(platform, dir, 1);
    }

    @Test
    void oneOfTwoInstancesKilledRepeatedlyEndsLikeAnUninterruptedRun(EmbeddedPlatform platform, @TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(FULL, "two-instance schedule runs with -Dstorywire.reliability.full=true");
        runSchedule(platform, dir, 2);
    }

    private void runSchedule(EmbeddedPlatform platform, Path dir, int instances) throws Exception {
        long seed = 20261122L + instances;
        Random random = new Random(seed);
        PipelineFixture fixture = new PipelineFixture(platform, "crash" + instances);
        List<Map<String, String>> envs = new ArrayList<>();
        int victimPort = PipelineFixture.freePort();
        for (int i = 0; i < instances; i++) {
            Map<String, String> extra = new HashMap<>(FAST_FAILURE_DETECTION);
            extra.putAll(SECRETS);
            envs.add(fixture.env(dir.resolve("state-" + i), i == 0 ? victimPort : PipelineFixture.freePort(), extra));
        }
        StorywireConfig config = StorywireConfig.from(envs.get(0), new Properties());
        TopicProvisioner.ensureTopics(config);
        List<RawArticle> corpus = ReliabilityCorpus.articles(ARTICLES, seed);
        int chunk = (ARTICLES + KILLS) / (KILLS + 1);

        // Kept after the run (target/ is not versioned): the children's logs are the evidence when a schedule fails.
        Path logs = Path.of("target", "reliability-logs", fixture.prefix);
        List<ProcessorProcess> running = new ArrayList<>();
        for (int i = 1; i < instances; i++) running.add(ProcessorProcess.start(envs.get(i), logs.resolve("survivor-" + i + ".log")));
        int kills = 0;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", fixture.bootstrapServers))) {
            for (int life = 0; ; life++) {
                // New work before every life, so that every kill falls while records are in flight.
                fixture.publish(config, corpus.subList(Math.min(life * chunk, ARTICLES), Math.min((life + 1) * chunk, ARTICLES)));
                long committedBefore = TopicContents.committedArticles(admin, config);
                ProcessorProcess victim = ProcessorProcess.start(envs.get(0), logs.resolve("victim.log"));
                if (life == KILLS) {
                    running.add(victim);
                    break;
                }
                awaitProgress(admin, config, committedBefore, victim, victimPort);
                Thread.sleep(random.nextInt(2_000)); // the random moment of the kill, after some progress
                victim.kill();
                kills++;
            }
            awaitCaughtUp(admin, config, logs);
        } finally {
            for (ProcessorProcess p : running) p.close();
        }
        assertThat(kills).isEqualTo(KILLS);
        String childLog = Files.readString(logs.resolve("victim.log"));
        assertThat(childLog).contains("Starting processor").doesNotContain(REGISTRY_PASSWORD).doesNotContain(API_TOKEN);

        Map<String, String> referenceEnv = new HashMap<>(fixture.env(dir.resolve("reference-state"), PipelineFixture.freePort(), Map.of()));
        referenceEnv.put("STORYWIRE_APPLICATION_ID", fixture.prefix + "-reference");
        for (String topic : List.of("STATEMENTS", "STORIES", "STORY_UPDATES", "DLQ")) {
            referenceEnv.put("STORYWIRE_TOPIC_" + topic, fixture.prefix + ".reference." + topic.toLowerCase());
        }
        StorywireConfig reference = StorywireConfig.from(referenceEnv, new Properties());
        try (ProcessorApp app = ProcessorApp.start(reference, ProcessCommand.serdeFactory(reference))) {
            fixture.awaitCaughtUp(reference, CATCH_UP);
        }

        Map<String, StoryState> crashed = TopicContents.latestStories(fixture, config);
        Map<String, StoryState> uninterrupted = TopicContents.latestStories(fixture, reference);
        Map<String, List<Long>> versions = TopicContents.updateVersions(fixture, config);
        long updates = versions.values().stream().mapToLong(List::size).sum();
        System.out.printf("crash schedule (%d instance(s)): %d kills survived, %d articles, %d stories, %d story updates checked%n",
                instances, kills, ARTICLES, crashed.size(), updates);

        assertThat(crashed).isNotEmpty();
        assertThat(crashed.keySet()).isEqualTo(uninterrupted.keySet());
        assertThat(fieldDifferences(crashed, uninterrupted)).as("fields that differ from the uninterrupted run, with the stories").isEmpty();
        // A story holding only responses is unpublished once its family's one reported story owns them (StoryFamily):
        // it has updates but no latest state. Which stories ever had updates must match the uninterrupted run.
        assertThat(versions.keySet()).containsAll(crashed.keySet());
        assertThat(versions.keySet()).isEqualTo(TopicContents.updateVersions(fixture, reference).keySet());
        versions.forEach((story, seen) -> {
            List<Long> expected = new ArrayList<>();
            for (long v = 1; v <= seen.size(); v++) expected.add(v);
            assertThat(seen).as("versions of story %s in story-updates (duplicates or gaps)", story).isEqualTo(expected);
            if (crashed.containsKey(story)) {
                assertThat(crashed.get(story).getVersion()).as("version of story %s in stories", story).isEqualTo(seen.size());
            }
        });
    }

    private static void awaitCaughtUp(Admin admin, StorywireConfig config, Path logs) throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        Set<String> inputs = Set.of(config.topics().articlesRaw(), config.topics().statements());
        long lag;
        while ((lag = ConsumerLag.of(admin, config.applicationId(), inputs)) > 0) {
            assertThat(System.nanoTime()).as("still %d records behind after %s, see %s", lag, CATCH_UP, logs.toAbsolutePath()).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    /**
     * Until the victim itself runs (its stream threads hold their tasks) and the group has committed
     * progress since: with a second instance, the group's progress alone is the survivor's, and the
     * victim would often be killed while still starting.
     */
    private static void awaitProgress(Admin admin, StorywireConfig config, long committedBefore, ProcessorProcess victim, int victimPort)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!isRunning(victimPort)) {
            assertThat(victim.isAlive()).as("processor died on its own, see %s", victim.log()).isTrue();
            assertThat(System.nanoTime()).as("not running within 3 min, see %s", victim.log()).isLessThan(deadline);
            Thread.sleep(100);
        }
        while (TopicContents.committedArticles(admin, config) <= committedBefore) {
            assertThat(victim.isAlive()).as("processor died on its own, see %s", victim.log()).isTrue();
            assertThat(System.nanoTime()).as("no progress within 3 min, see %s", victim.log()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static boolean isRunning(int port) {
        try {
            HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return ready.statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Per field of the story state, the stories whose field differs between the two runs (the first
     * one of each is printed). Only {@code version}, the count of published updates, may differ:
     * which update carried which change depends on arrival order.
     */
    private static Map<String, List<String>> fieldDifferences(Map<String, StoryState> crashed, Map<String, StoryState> uninterrupted) {
        Map<String, List<String>> result = new TreeMap<>();
        crashed.forEach((id, x) -> {
            StoryState y = uninterrupted.get(id);
            for (org.apache.avro.Schema.Field f : StoryState.getClassSchema().getFields()) {
                if (f.name().equals("version")) continue;
                // By their text, which follows the written order (maps included): Avro's equals fails on
                // unions that hold logical types.
                Object a = x.get(f.pos());
                Object b = y.get(f.pos());
                if (String.valueOf(a).equals(String.valueOf(b))) continue;
                List<String> stories = result.computeIfAbsent(f.name(), k -> new ArrayList<>());
                if (stories.isEmpty()) System.out.printf("  %s.%s:%n    crashed:       %s%n    uninterrupted: %s%n", id, f.name(), a, b);
                stories.add(id);
            }
        });
        return result;
    }
}
