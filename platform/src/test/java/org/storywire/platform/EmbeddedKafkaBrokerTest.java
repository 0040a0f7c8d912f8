package org.storywire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.FinalizedVersionRange;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    @Test
    void theLogCleanersKeyMapIsSizedForABrokerSharingItsHeap(@TempDir Path dir) {
        Object dedupe = EmbeddedKafkaBroker.brokerProperties(dir, 9092, 9093).get("log.cleaner.dedupe.buffer.size");
        assertThat(dedupe).isEqualTo(String.valueOf(16 * 1024 * 1024)); // Kafka's default is 128 MB
        assertThat(kafka.server.KafkaConfig.fromProps(EmbeddedKafkaBroker.brokerProperties(dir, 9092, 9093), false)
                .logCleanerDedupeBufferSize()).isEqualTo(16L * 1024 * 1024);
    }

    @Test
    void aNewLogRunsTransactionsV2AndAnOldOneIsRaisedToThemWhenItStarts(@TempDir Path dir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("new"), 0)) {
            assertThat(transactionVersion(broker)).isEqualTo((short) 2);
        }
        EmbeddedKafkaBroker.format(dir.resolve("old"), (short) 1); // as earlier builds formatted it
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("old"), 0)) {
            assertThat(transactionVersion(broker)).isEqualTo((short) 2);
        }
    }

    /**
     * Under v2 a partition joins a transaction with its first produce and the group's offsets with the offset
     * commit: the client sends neither AddPartitionsToTxn nor AddOffsetsToTxn, and the broker verifies nothing
     * apart (under v1: one AddOffsetsToTxn and at least one AddPartitionsToTxn and one verification per transaction).
     */
    @Test
    void aTransactionCostsNoRequestsToAddItsPartitionsOrItsOffsets(@TempDir Path dir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, 0)) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("out", 2, (short) 1), new NewTopic("in", 1, (short) 1))).all().get();
            }
            KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "counted",
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000), new StringSerializer(), new StringSerializer());
            try {
                producer.initTransactions();
                Map<String, Long> before = BrokerRequestCounts.now();
                for (int t = 0; t < 5; t++) {
                    producer.beginTransaction();
                    producer.send(new ProducerRecord<>("out", 0, "k", "a" + t));
                    producer.send(new ProducerRecord<>("out", 1, "k", "b" + t));
                    producer.sendOffsetsToTransaction(Map.of(new TopicPartition("in", 0), new OffsetAndMetadata(t)),
                            new ConsumerGroupMetadata("group"));
                    producer.commitTransaction();
                }
                Map<String, Long> used = BrokerRequestCounts.since(before);
                // five or more: a request the coordinator answers "busy" (the last transaction's markers) is sent again
                assertThat(used.getOrDefault("EndTxn", 0L)).isGreaterThanOrEqualTo(5);
                assertThat(used.getOrDefault("TxnOffsetCommit", 0L)).isGreaterThanOrEqualTo(5);
                assertThat(used.getOrDefault("AddOffsetsToTxn", 0L)).isZero();
                assertThat(used.getOrDefault("AddPartitionsToTxnVerification", 0L)).isZero();
            } finally {
                producer.close(Duration.ofSeconds(5));
            }
        }
    }

    private static short transactionVersion(EmbeddedKafkaBroker broker) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            FinalizedVersionRange range = admin.describeFeatures().featureMetadata().get().finalizedFeatures().get("transaction.version");
            return range == null ? 0 : range.maxVersionLevel();
        }
    }

    @Test
    void recordsSurviveABrokerRestartOnTheSameDataDirectory(@TempDir Path dir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, 0)) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("log", 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("log", "a", "first")).get();
                producer.send(new ProducerRecord<>("log", "b", "second")).get();
            }
        }
        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.start(dir, 0)) {
            assertThat(readAll(restarted.bootstrapServers(), "log", 2)).containsExactly("first", "second");
        }
    }

    private static List<String> readAll(String bootstrap, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
