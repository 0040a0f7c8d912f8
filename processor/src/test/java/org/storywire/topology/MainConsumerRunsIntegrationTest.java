package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;

/**
 * A stream thread's main consumer, set up as {@link StreamsSettings} sets it, hands out two partitions with backlogs
 * in short runs: a thread processes all it polled before it polls again, so a long run of one partition (articles)
 * starves another task of the same thread (event assignment's signatures). With Kafka's defaults a run was one
 * megabyte fetch: thousands of small records.
 */
@ExtendWith(EmbeddedPlatformExtension.class)
class MainConsumerRunsIntegrationTest {
    private static final int RECORDS_PER_PARTITION = 10_000;
    private static final String PADDING = "x".repeat(140);

    @Test
    void twoPartitionsWithBacklogsAlternateInRunsOfAFewHundredRecords(EmbeddedPlatform platform) throws Exception {
        String articles = "runs-articles-" + UUID.randomUUID();
        String signatures = "runs-signatures-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(articles, 1, (short) 1), new NewTopic(signatures, 1, (short) 1))).all().get();
        }
        // Each backlog is about 1.5 MB: more than one default fetch.
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", platform.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < RECORDS_PER_PARTITION; i++) {
                producer.send(new ProducerRecord<>(articles, "a" + i, PADDING + i));
                producer.send(new ProducerRecord<>(signatures, "s" + i, PADDING + i));
            }
        }
        List<TopicPartition> partitions = List.of(new TopicPartition(articles, 0), new TopicPartition(signatures, 0));
        int longestRun = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(mainConsumerSettings(platform),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<String, Integer> handedOut = new HashMap<>();
            String runTopic = null;
            int run = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (handedOut.getOrDefault(articles, 0) < RECORDS_PER_PARTITION && handedOut.getOrDefault(signatures, 0) < RECORDS_PER_PARTITION) {
                assertThat(System.nanoTime()).as("both backlogs handed out within a minute").isLessThan(deadline);
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    handedOut.merge(r.topic(), 1, Integer::sum);
                    run = r.topic().equals(runTopic) ? run + 1 : 1;
                    runTopic = r.topic();
                    longestRun = Math.max(longestRun, run);
                }
            }
        }
        // 64 KB of these ~150-byte records are a few hundred; with Kafka's 1 MB fetch the longest run was 6,560.
        assertThat(longestRun).as("the longest run of one partition while the other still had records").isBetween(1, 1_000);
    }

    /** The main consumer's part of the Streams settings (prefixed "main.consumer."), as a plain consumer's. */
    private static Map<String, Object> mainConsumerSettings(EmbeddedPlatform platform) {
        Properties streams = StreamsSettings.of(StorywireConfig.from(Map.of("KAFKA_BOOTSTRAP_SERVERS", platform.bootstrapServers()), new Properties()));
        Map<String, Object> consumer = new HashMap<>();
        streams.forEach((key, value) -> {
            String k = (String) key;
            if (k.startsWith(StreamsConfig.MAIN_CONSUMER_PREFIX)) consumer.put(k.substring(StreamsConfig.MAIN_CONSUMER_PREFIX.length()), value);
        });
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return consumer;
    }
}
