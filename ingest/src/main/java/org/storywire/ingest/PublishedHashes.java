package org.storywire.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.storywire.avro.RawArticle;

/** The content hash last published for every article id, read from the raw topic itself. */
final class PublishedHashes {
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(10);

    private PublishedHashes() {
    }

    /** Reads the topic from the beginning to its current end; a tombstone removes its id. */
    static Map<String, String> read(String bootstrapServers, String topic, Deserializer<RawArticle> values) {
        Map<String, String> hashes = new HashMap<>();
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000), new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + READ_TIMEOUT.toMinutes() + " minutes");
                }
                for (ConsumerRecord<String, RawArticle> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        hashes.remove(record.key());
                    } else {
                        hashes.put(record.key(), record.value().getContentHash());
                    }
                }
            }
        }
        return hashes;
    }
}
