package org.storywire.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.storywire.avro.RawArticle;

/** What the raw topic itself holds: every article published, read from the beginning to the current end. */
final class PublishedArticles {
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(10);

    /** The last hash per article id, and the end of each partition read to. */
    record Hashes(Map<String, String> hashes, Map<Integer, Long> ends) {}

    private PublishedArticles() {
    }

    /** The content hash last published for every article id; a tombstone removes its id. */
    static Hashes hashes(String bootstrapServers, Map<String, String> clientProperties, String topic, Deserializer<RawArticle> values) {
        Map<String, String> hashes = new HashMap<>();
        Map<Integer, Long> ends = read(bootstrapServers, clientProperties, topic, values, (id, article) -> {
            if (article == null) {
                hashes.remove(id);
            } else {
                hashes.put(id, article.getContentHash());
            }
        });
        return new Hashes(hashes, ends);
    }

    /** The ids whose latest version, not retracted, came from {@code feed}. */
    static Set<String> idsOfFeed(IngestOptions options, String feed) {
        Set<String> ids = new TreeSet<>();
        read(options.bootstrapServers, options.kafkaClientProperties, options.topic, options.valueDeserializer(), (id, article) -> {
            if (article != null && feed.equals(article.getFeed())) {
                ids.add(id);
            } else {
                ids.remove(id);
            }
        });
        return ids;
    }

    /**
     * Hands every record to {@code visit} in partition order, a tombstone as a null article, and
     * returns the end of each partition it read to.
     */
    private static Map<Integer, Long> read(String bootstrapServers, Map<String, String> clientProperties, String topic,
                                           Deserializer<RawArticle> values, BiConsumer<String, RawArticle> visit) {
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
                    visit.accept(record.key(), record.value());
                }
            }
        }
        return ends;
    }
}
