package org.storywire.app.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.storywire.config.StorywireConfig;

/** Reads the dead-letter topic and puts chosen dead letters back on the topics they came from. */
final class DeadLetterTopic {
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    private final StorywireConfig config;

    DeadLetterTopic(StorywireConfig config) {
        this.config = config;
    }

    String name() {
        return config.topics().deadLetters();
    }

    /** Every dead letter a read_committed reader sees (those of aborted transactions never happened), by partition and offset. */
    List<DeadLetter> readAll() {
        Map<String, Object> props = clientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(name(), READ_TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("could not read " + name() + " to its end within " + READ_TIMEOUT.toSeconds() + " s");
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) letters.add(DeadLetter.of(record));
            }
        }
        letters.sort(Comparator.comparingInt(DeadLetter::partition).thenComparingLong(DeadLetter::offset));
        return letters;
    }

    /**
     * Publishes each dead letter's key, value and own headers (not the error headers) to the topic
     * it came from, in the order given; answers where each went.
     */
    List<RecordMetadata> replay(List<DeadLetter> letters) throws Exception {
        Map<String, Object> props = clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        List<RecordMetadata> sent = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (DeadLetter letter : letters) {
                ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(letter.sourceTopic(), null, letter.key(), letter.value());
                for (Header header : letter.headers()) {
                    if (!header.key().startsWith(DeadLetter.ERROR_HEADER_PREFIX) && !header.key().equals(DeadLetter.OMITTED_HEADER)) {
                        record.headers().add(header);
                    }
                }
                sent.add(producer.send(record).get());
            }
        }
        return sent;
    }

    private Map<String, Object> clientProperties() {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        return props;
    }
}
