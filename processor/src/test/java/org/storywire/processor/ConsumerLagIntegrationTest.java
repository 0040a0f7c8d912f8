package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;

/**
 * Lag on an input written by a transaction that is not yet settled. Under exactly-once the
 * extraction's output (statements) and its consumer offsets (articles.raw) become visible at
 * separate moments; waiting for "no lag" must not end while such output is hidden behind the last
 * stable offset, or the eval read stories before the last article was folded (transitions 5/7
 * instead of 6/7 under load).
 */
@ExtendWith(EmbeddedPlatformExtension.class)
class ConsumerLagIntegrationTest {

    @Test
    void recordsOfAnOpenTransactionCountAsLagUntilTheGroupIsPastThem(EmbeddedPlatform platform) throws Exception {
        String topic = "lag-" + UUID.randomUUID();
        String group = topic + "-app";
        TopicPartition partition = new TopicPartition(topic, 0);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()));
             KafkaProducer<String, String> producer = transactional(platform, topic);
             KafkaConsumer<String, String> consumer = groupMember(platform, group)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "a", "settled")).get();
            producer.commitTransaction();
            consumer.assign(List.of(partition));
            commitEnd(admin, consumer, partition);
            assertThat(ConsumerLag.of(admin, group, Set.of(topic))).as("the group is past the settled transaction").isZero();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "b", "open")).get();
            assertThat(ConsumerLag.of(admin, group, Set.of(topic))).as("written, still open, not yet through the group").isPositive();

            producer.commitTransaction();
            assertThat(ConsumerLag.of(admin, group, Set.of(topic))).as("settled, not yet through the group").isPositive();
            commitEnd(admin, consumer, partition);
            assertThat(ConsumerLag.of(admin, group, Set.of(topic))).as("the group is past it").isZero();
        }
    }

    /**
     * Commits the group's position at the partition's end, as an application does once it has read
     * everything. commitTransaction returns before the broker writes the commit marker: until then
     * a read_committed reader's end is the open transaction's start, so wait for the marker first.
     */
    private static void commitEnd(Admin admin, KafkaConsumer<String, String> consumer, TopicPartition partition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (end(admin, partition, IsolationLevel.READ_COMMITTED) != end(admin, partition, IsolationLevel.READ_UNCOMMITTED)) {
            if (System.nanoTime() > deadline) throw new AssertionError("the transaction on " + partition + " did not settle");
            Thread.sleep(20);
        }
        consumer.seekToEnd(List.of(partition));
        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(consumer.position(partition))));
    }

    private static long end(Admin admin, TopicPartition partition, IsolationLevel isolation) throws Exception {
        return admin.listOffsets(Map.of(partition, OffsetSpec.latest()), new ListOffsetsOptions(isolation)).partitionResult(partition).get().offset();
    }

    private static KafkaProducer<String, String> transactional(EmbeddedPlatform platform, String topic) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, topic + "-producer"), new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> groupMember(EmbeddedPlatform platform, String group) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
    }
}
