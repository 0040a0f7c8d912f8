package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.avro.StoryState;
import org.storywire.avro.StoryUpdate;
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
    private static final int ARTICLES = FULL ? 10_000 : 1_000;
    private static final int KILLS = FULL ? 20 : 3;
    private static final Duration CATCH_UP = Duration.ofMinutes(FULL ? 20 : 4);
    // A killed member never leaves its group: a short session lets the group move on in seconds.
    private static final Map<String, String> FAST_FAILURE_DETECTION = Map.of(
            "KAFKA_SESSION_TIMEOUT_MS", "6000", "KAFKA_HEARTBEAT_INTERVAL_MS", "1000");

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
        for (int i = 0; i < instances; i++) {
            envs.add(fixture.env(dir.resolve("state-" + i), PipelineFixture.freePort(), FAST_FAILURE_DETECTION));
        }
        StorywireConfig config = StorywireConfig.from(envs.get(0), new Properties());
        TopicProvisioner.ensureTopics(config);
        List<RawArticle> corpus = ReliabilityCorpus.articles(ARTICLES, seed);
        int chunk = (ARTICLES + KILLS) / (KILLS + 1);

        List<ProcessorProcess> running = new ArrayList<>();
        for (int i = 1; i < instances; i++) running.add(ProcessorProcess.start(envs.get(i), dir.resolve("logs/survivor-" + i + ".log")));
        int kills = 0;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", fixture.bootstrapServers))) {
            for (int life = 0; ; life++) {
                // New work before every life, so that every kill falls while records are in flight.
                fixture.publish(config, corpus.subList(Math.min(life * chunk, ARTICLES), Math.min((life + 1) * chunk, ARTICLES)));
                long committedBefore = committedArticles(admin, config);
                ProcessorProcess victim = ProcessorProcess.start(envs.get(0), dir.resolve("logs/victim.log"));
                if (life == KILLS) {
                    running.add(victim);
                    break;
                }
                awaitProgress(admin, config, committedBefore, victim);
                Thread.sleep(random.nextInt(2_000)); // the random moment of the kill, after some progress
                victim.kill();
                kills++;
            }
            fixture.awaitCaughtUp(config, CATCH_UP);
        } finally {
            for (ProcessorProcess p : running) p.close();
        }
        assertThat(kills).isEqualTo(KILLS);

        Map<String, String> referenceEnv = new HashMap<>(fixture.env(dir.resolve("reference-state"), PipelineFixture.freePort(), Map.of()));
        referenceEnv.put("STORYWIRE_APPLICATION_ID", fixture.prefix + "-reference");
        for (String topic : List.of("STATEMENTS", "STORIES", "STORY_UPDATES", "DLQ")) {
            referenceEnv.put("STORYWIRE_TOPIC_" + topic, fixture.prefix + ".reference." + topic.toLowerCase());
        }
        StorywireConfig reference = StorywireConfig.from(referenceEnv, new Properties());
        try (ProcessorApp app = ProcessorApp.start(reference, ProcessCommand.serdeFactory(reference))) {
            fixture.awaitCaughtUp(reference, CATCH_UP);
        }

        Map<String, StoryState> crashed = latestStories(fixture, config);
        Map<String, StoryState> uninterrupted = latestStories(fixture, reference);
        Map<String, List<Long>> versions = updateVersions(fixture, config);
        long updates = versions.values().stream().mapToLong(List::size).sum();
        System.out.printf("crash schedule (%d instance(s)): %d kills survived, %d articles, %d stories, %d story updates checked%n",
                instances, kills, ARTICLES, crashed.size(), updates);

        assertThat(crashed).isNotEmpty();
        assertThat(withoutVersions(crashed)).isEqualTo(withoutVersions(uninterrupted));
        assertThat(versions.keySet()).isEqualTo(crashed.keySet());
        versions.forEach((story, seen) -> {
            List<Long> expected = new ArrayList<>();
            for (long v = 1; v <= seen.size(); v++) expected.add(v);
            assertThat(seen).as("versions of story %s in story-updates (duplicates or gaps)", story).isEqualTo(expected);
            assertThat(crashed.get(story).getVersion()).as("version of story %s in stories", story).isEqualTo(seen.size());
        });
    }

    private static void awaitProgress(Admin admin, StorywireConfig config, long committedBefore, ProcessorProcess victim) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (committedArticles(admin, config) <= committedBefore) {
            assertThat(victim.isAlive()).as("processor died on its own, see %s", victim.log()).isTrue();
            assertThat(System.nanoTime()).as("no progress within 3 min, see %s", victim.log()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static long committedArticles(Admin admin, StorywireConfig config) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(config.applicationId())
                .partitionsToOffsetAndMetadata().get();
        return committed.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(config.topics().articlesRaw()) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    private static Map<String, StoryState> latestStories(PipelineFixture fixture, StorywireConfig config) {
        Map<String, StoryState> latest = new TreeMap<>();
        for (ConsumerRecord<String, StoryState> r : readCommitted(fixture, config, config.topics().stories(), StoryState.class)) {
            if (r.value() == null) latest.remove(r.key());
            else latest.put(r.key(), r.value());
        }
        return latest;
    }

    /** Which update carried which change and so the version count depend on arrival order; the state does not. */
    private static Map<String, StoryState> withoutVersions(Map<String, StoryState> stories) {
        Map<String, StoryState> result = new TreeMap<>();
        stories.forEach((id, s) -> result.put(id, StoryState.newBuilder(s).setVersion(0).build()));
        return result;
    }

    private static Map<String, List<Long>> updateVersions(PipelineFixture fixture, StorywireConfig config) {
        Map<String, List<Long>> versions = new TreeMap<>();
        for (ConsumerRecord<String, StoryUpdate> r : readCommitted(fixture, config, config.topics().storyUpdates(), StoryUpdate.class)) {
            versions.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value().getVersion());
        }
        return versions;
    }

    /** Every committed record of the topic, in partition order. */
    static <T extends SpecificRecord> List<ConsumerRecord<String, T>> readCommitted(PipelineFixture fixture, StorywireConfig config,
                                                                                   String topic, Class<T> type) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, fixture.bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        List<ConsumerRecord<String, T>> records = new ArrayList<>();
        try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                ProcessCommand.serdeFactory(config).valueSerde(type).deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Function<TopicPartition, Boolean> done = tp -> consumer.position(tp) >= end.get(tp);
            while (!partitions.stream().allMatch(done::apply)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
