package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedKafkaBroker;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;
import org.storywire.platform.registry.EmbeddedSchemaRegistry;
import org.storywire.topology.TopicProvisioner;

/**
 * The platform fails under a running processor: the broker restarts mid-stream, the schema
 * registry goes away. Nothing is lost, nothing is skipped into the dead-letter topic, and the
 * result equals the in-process reference once the platform is back.
 */
@ExtendWith(EmbeddedPlatformExtension.class)
class PlatformOutageIntegrationTest {

    @Test
    void theProcessorResumesWithoutLossWhenTheBrokerRestartsMidStream(@TempDir Path dir) throws Exception {
        int kafkaPort = PipelineFixture.freePort();
        Path kafkaData = dir.resolve("kafka");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(kafkaData, kafkaPort);
        try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
            PipelineFixture fixture = new PipelineFixture(broker.bootstrapServers(), registry.url(), "broker-restart");
            int port = PipelineFixture.freePort();
            StorywireConfig config = fixture.config(dir.resolve("state"), port, Map.of());
            List<RawArticle> articles = ReliabilityCorpus.articles(400, 42);
            try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
                assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
                fixture.publish(config, articles.subList(0, 200));
                try (Admin admin = Admin.create(Map.of("bootstrap.servers", fixture.bootstrapServers))) {
                    awaitCommitted(admin, config);
                }

                broker.close();
                broker = EmbeddedKafkaBroker.start(kafkaData, kafkaPort);
                assertThat(broker.bootstrapServers()).isEqualTo(fixture.bootstrapServers);

                fixture.publish(config, articles.subList(200, articles.size()));
                fixture.awaitCaughtUp(config, Duration.ofMinutes(5));
                assertThat(awaitStatuses(port, InProcessReference.statuses(articles))).isEqualTo(InProcessReference.statuses(articles));
            }
            assertNothingDeadLetteredAndUpdatesExactlyOnce(fixture, config);
        } finally {
            broker.close();
        }
    }

    @Test
    void recordsUnreadableWhileTheRegistryIsDownAreRetriedNotDeadLettered(EmbeddedPlatform platform, @TempDir Path state) throws Exception {
        int registryPort = PipelineFixture.freePort();
        String schemasTopic = "_schemas-outage-" + System.nanoTime();
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(platform.bootstrapServers(), "127.0.0.1", registryPort, schemasTopic);
        PipelineFixture fixture = new PipelineFixture(platform.bootstrapServers(), registry.url(), "registry-down");
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port, Map.of());
        TopicProvisioner.ensureTopics(config);
        List<RawArticle> articles = PipelineFixture.sampleArticles();
        fixture.publish(config, articles);
        registry.close();

        assertThatThrownBy(() -> fixture.publish(config, articles.subList(0, 1)))
                .as("a producer fails clearly").hasMessageContaining("unreachable");
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            // The first stream thread failed on the registry and was replaced: the record was retried, not skipped.
            awaitReplacedStreamThread(app);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", fixture.bootstrapServers))) {
                assertThat(ConsumerLag.endOffsets(admin, config.topics().deadLetters())).isZero();
                assertThat(ConsumerLag.of(admin, config.applicationId(), java.util.Set.of(config.topics().articlesRaw())))
                        .isEqualTo(articles.size());
            }

            registry = EmbeddedSchemaRegistry.start(platform.bootstrapServers(), "127.0.0.1", registryPort, schemasTopic);
            fixture.awaitCaughtUp(config, Duration.ofMinutes(3));
            assertThat(awaitStatuses(port, InProcessReference.statuses(articles))).isEqualTo(InProcessReference.statuses(articles));
            assertNothingDeadLetteredAndUpdatesExactlyOnce(fixture, config);
        } finally {
            registry.close();
        }
    }

    private static void assertNothingDeadLetteredAndUpdatesExactlyOnce(PipelineFixture fixture, StorywireConfig config) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", fixture.bootstrapServers))) {
            assertThat(ConsumerLag.endOffsets(admin, config.topics().deadLetters())).as("dead letters").isZero();
        }
        TopicContents.updateVersions(fixture, config).forEach((story, seen) -> {
            List<Long> expected = new ArrayList<>();
            for (long v = 1; v <= seen.size(); v++) expected.add(v);
            assertThat(seen).as("versions of story %s", story).isEqualTo(expected);
        });
    }

    private static void awaitCommitted(Admin admin, StorywireConfig config) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (TopicContents.committedArticles(admin, config) == 0) {
            assertThat(System.nanoTime()).as("nothing committed within 2 min").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void awaitReplacedStreamThread(ProcessorApp app) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (app.streams().metadataForLocalThreads().stream().map(ThreadMetadata::threadName).noneMatch(n -> !n.endsWith("StreamThread-1"))) {
            assertThat(System.nanoTime()).as("the stream thread was never replaced").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static Map<String, String> awaitStatuses(int port, Map<String, String> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        Map<String, String> last = PipelineFixture.statuses(port);
        while (!expected.equals(last) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            last = PipelineFixture.statuses(port);
        }
        return last;
    }
}
