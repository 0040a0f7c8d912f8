package org.storywire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.analyse.LanguageDetector;
import org.storywire.platform.EmbeddedKafkaBroker;
import org.storywire.platform.registry.EmbeddedSchemaRegistry;
import org.storywire.serde.AvroSerdes;

/**
 * Ingest while the broker goes away: articles sent during the outage wait in the producer and are
 * all acknowledged once the broker is back on the same port and data; an outage longer than the
 * bounds ({@code KAFKA_MAX_BLOCK_MS} for a send to find the broker, {@code KAFKA_DELIVERY_TIMEOUT_MS}
 * for a buffered record) is reported per article, not hidden.
 */
class IngestBrokerOutageTest {
    private static final int ARTICLES = 200;

    @Test
    void articlesSentWhileTheBrokerRestartsAreAllPublished(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("kafka");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(data, 0);
        int port = Integer.parseInt(broker.bootstrapServers().substring(broker.bootstrapServers().lastIndexOf(':') + 1));
        IngestSummary summary = new IngestSummary();
        try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0);
             ContentHashStore hashes = ContentHashStore.open(dir.resolve("state"), "outage")) {
            RawTopic.ensure(broker.bootstrapServers(), "outage", 3);
            List<CompletableFuture<ArticlePublisher.Publication>> sent = new ArrayList<>();
            try (ArticlePublisher publisher = ArticlePublisher.create(broker.bootstrapServers(), serializer(registry),
                    "outage", hashes, LanguageDetector.create(), summary, false)) {
                for (int i = 0; i < ARTICLES / 2; i++) sent.add(publisher.publish(article(i)));
                publisher.flush();
                broker.close();
                // The broker comes back while articles are being sent: each send waits for it
                // (up to max.block.ms), then the records wait in the buffer until acknowledged.
                CompletableFuture<EmbeddedKafkaBroker> restarted = CompletableFuture.supplyAsync(() -> EmbeddedKafkaBroker.start(data, port));
                for (int i = ARTICLES / 2; i < ARTICLES; i++) sent.add(publisher.publish(article(i)));
                broker = restarted.get(2, TimeUnit.MINUTES);
                CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
            }
            assertThat(summary.failedCount()).isZero();
            assertThat(summary.ingestedCount()).isEqualTo(ARTICLES);
        } finally {
            broker.close();
        }
    }

    @Test
    void anOutageLongerThanTheDeliveryBoundIsReportedPerArticle(@TempDir Path dir) throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
        IngestSummary summary = new IngestSummary();
        try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0);
             ContentHashStore hashes = ContentHashStore.open(dir.resolve("state"), "bounded")) {
            RawTopic.ensure(broker.bootstrapServers(), "bounded", 1);
            Map<String, String> bound = KafkaClientEnvironment.from(Map.of(
                    "KAFKA_DELIVERY_TIMEOUT_MS", "3000", "KAFKA_REQUEST_TIMEOUT_MS", "1000", "KAFKA_LINGER_MS", "0",
                    "KAFKA_MAX_BLOCK_MS", "2000"));
            try (ArticlePublisher publisher = ArticlePublisher.create(broker.bootstrapServers(), bound, serializer(registry),
                    "bounded", hashes, LanguageDetector.create(), summary, false)) {
                publisher.publish(article(0)).get(1, TimeUnit.MINUTES);
                broker.close();
                CompletableFuture<ArticlePublisher.Publication> lost = publisher.publish(article(1));
                assertThat(lost).failsWithin(1, TimeUnit.MINUTES);
                assertThat(summary.failedCount()).isEqualTo(1);
                assertThat(summary.ingestedCount()).isEqualTo(1);
                assertThat(hashes.get("article-1")).as("not marked as published, so a rerun sends it").isNull();
            }
        }
    }

    @Test
    void kafkaSettingsFromTheEnvironmentReachTheProducerButCannotLoosenItsGuarantees() {
        Map<String, String> env = Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", "x required password=\"p\";", "KAFKA_ACKS", "0", "KAFKA_ENABLE_IDEMPOTENCE", "false", "KAFKA_MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION", "5",
                "KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092", "STORYWIRE_TOPIC_ARTICLES_RAW", "t", "PATH", "/bin");
        Map<String, String> settings = KafkaClientEnvironment.from(env);
        assertThat(settings).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsKey("sasl.jaas.config").doesNotContainKey("bootstrap.servers").hasSize(6);
        Map<String, Object> producer = ArticlePublisher.producerConfig("broker:9092", settings);
        assertThat(producer).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all").containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");
    }

    private static org.apache.kafka.common.serialization.Serializer<RawArticle> serializer(EmbeddedSchemaRegistry registry) {
        return AvroSerdes.serde(RawArticle.class, Map.of("schema.registry.url", registry.url()), false).serializer();
    }

    private static IncomingArticle article(int i) {
        return new IncomingArticle("article-" + i, "outage-test", "Outlet", null, "Titel " + i,
                "Der Sprecher sagte am Montag, die Brücke werde im April geöffnet. Nummer " + i + ".", "de", null, null, null);
    }
}
