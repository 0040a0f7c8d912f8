package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;

/** The whole processor on a real broker and registry, read back over its HTTP API. */
@ExtendWith(EmbeddedPlatformExtension.class)
class StoryPipelineIntegrationTest {

    @Test
    void samplesGiveTheSameStoriesThroughKafkaAsInProcess(EmbeddedPlatform platform, @TempDir Path state) throws Exception {
        SampleScenario.samplesMatchInProcess(new PipelineFixture(platform, "samples"), state);
    }

    @Test
    void badRecordsGoToTheDeadLetterTopicAndProcessingGoesOn(EmbeddedPlatform platform, @TempDir Path state) throws Exception {
        PipelineFixture fixture = new PipelineFixture(platform, "dlq");
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port, Map.of());
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            fixture.publishBytes(config, "not-avro", "plain text, no magic byte".getBytes(StandardCharsets.UTF_8));
            fixture.publishBytes(config, "unknown-schema", new byte[] {0, 0, 0, 0x7f, 0x7f, 1, 2, 3});
            fixture.publish(config, List.of(PipelineFixture.article("good-1", "Wire", null, "Ministerium dementiert Bericht",
                    "Das Ministerium dementierte am Montag einen Bericht der Zeitung. \"Das ist falsch\", sagte ein Sprecher.",
                    "de", java.time.Instant.parse("2026-03-02T10:00:00Z"))));
            fixture.awaitCaughtUp(config, Duration.ofSeconds(60));

            List<ConsumerRecord<byte[], byte[]>> dead = readAll(platform, config.topics().deadLetters(), 2);
            assertThat(dead).as("dead letters: %s", dead.stream().map(StoryPipelineIntegrationTest::reason).toList()).hasSize(2);
            assertThat(dead).allSatisfy(r -> assertThat(r.headers().lastHeader("__streams.errors.exception")).isNotNull());
            assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("not-avro");
            assertThat(app.streams().state().isRunningOrRebalancing()).isTrue();
            assertThat(PipelineFixture.get(port, "/api/articles/good-1/statements").status()).isEqualTo(200);
        }
    }

    @Test
    void aRetractedArticleLeavesItsStories(EmbeddedPlatform platform, @TempDir Path state) throws Exception {
        PipelineFixture fixture = new PipelineFixture(platform, "retract");
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port, Map.of());
        List<RawArticle> articles = PipelineFixture.sampleArticles();
        RawArticle retracted = articles.get(articles.size() - 1);
        Map<String, String> expected = InProcessReference.statuses(articles.subList(0, articles.size() - 1));
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            fixture.publish(config, articles);
            fixture.awaitCaughtUp(config, Duration.ofSeconds(120));
            fixture.retract(config, retracted.getId());
            fixture.awaitCaughtUp(config, Duration.ofSeconds(60));

            assertThat(PipelineFixture.statuses(port)).isEqualTo(expected);
            assertThat(PipelineFixture.get(port, "/api/articles/" + retracted.getId() + "/statements").status()).isEqualTo(404);
        }
    }

    static String reason(ConsumerRecord<byte[], byte[]> r) {
        var header = r.headers().lastHeader("__streams.errors.message");
        return header == null ? "(no reason)" : new String(header.value(), StandardCharsets.UTF_8);
    }

    static List<ConsumerRecord<byte[], byte[]>> readAll(EmbeddedPlatform platform, String topic, int atLeast) {
        List<ConsumerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && records.size() < atLeast) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }
}
