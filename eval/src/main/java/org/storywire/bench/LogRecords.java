package org.storywire.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.storywire.config.StorywireConfig;

/**
 * The records in the logs of one processor's topics, by partition: what is left of an
 * offset count once the transaction markers (and aborted records' offsets) are taken out. Read uncommitted,
 * so that aborted records count as records; the broker's own topics are not read (shared by all runs).
 */
final class LogRecords {
    private LogRecords() {}

    /** The records below {@code ends} in each partition of the processor's own topics among them. */
    static Map<TopicPartition, Long> byPartition(String bootstrapServers, StorywireConfig config, Map<TopicPartition, Long> ends) {
        List<TopicPartition> own = ends.keySet().stream()
                .filter(p -> !"offsets and transactions".equals(BrokerWrites.kind(p.topic(), config))).toList();
        Map<TopicPartition, Long> counts = new HashMap<>();
        Map<TopicPartition, Long> left = new HashMap<>();
        for (TopicPartition p : own) {
            counts.put(p, 0L);
            if (ends.get(p) > 0) left.put(p, ends.get(p));
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(left.keySet());
            consumer.seekToBeginning(left.keySet());
            while (!left.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition p = new TopicPartition(r.topic(), r.partition());
                    if (!left.containsKey(p) || r.offset() >= left.get(p)) continue;
                    counts.merge(p, 1L, Long::sum);
                }
                // A partition is read once the consumer's position passed its end (markers are skipped, not returned).
                for (TopicPartition p : List.copyOf(left.keySet())) {
                    if (consumer.position(p) >= left.get(p)) {
                        left.remove(p);
                        consumer.pause(List.of(p));
                    }
                }
            }
        }
        return counts;
    }
}
