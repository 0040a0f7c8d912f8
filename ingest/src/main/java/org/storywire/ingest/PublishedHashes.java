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

    /** The last hash per article id, and the end of each partition read to. */
    record Published(Map<String, String> hashes, Map<Integer, Long> ends) {}

    private PublishedHashes() {
    }

    /** Reads the topic from the beginning to its current end; a tombstone removes its id. */
    static Published read(String bootstrapServers, Map<String, String> clientProperties, String topic, Deserializer<RawArticle> values) {
        Map<String, String> hashes = new HashMap<>();
        Map<String, Object> config = new HashMap<>(clientProperties);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        Map<Integer, Long> ends = new HashMap<>();
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            end.forEach((partition, offset) -> ends.put(partition.partition(), offset));
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
        return new Published(hashes, ends);
    }
}
