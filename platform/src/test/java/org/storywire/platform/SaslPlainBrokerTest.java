package org.storywire.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SASL/PLAIN listener on the embedded broker: the right password produces and consumes, a wrong one is refused. */
class SaslPlainBrokerTest {
    private static final String PASSWORD = "sasl-password-for-tests";

    @TempDir
    static Path dataDir;
    static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.startWithSaslPlain(dataDir, Map.of("storywire", PASSWORD));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("secured", 1, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    /** Client settings as the KAFKA_* environment gives them to storywire's clients. */
    static Map<String, Object> client(String password) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", broker.saslBootstrapServers());
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "PLAIN");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"storywire\" password=\""
                + password + "\";");
        config.put("max.block.ms", "10000");
        config.put("default.api.timeout.ms", "10000");
        return config;
    }

    @Test
    void theRightPasswordProducesAndConsumes() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(client(PASSWORD), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("secured", "k", "over SASL")).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(client(PASSWORD), new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition("secured", 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            assertThat(values).containsExactly("over SASL");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(client("wrong-" + PASSWORD), new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("secured", "k", "refused")).get())
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(client("wrong-" + PASSWORD), new StringDeserializer(), new StringDeserializer())) {
            assertThatThrownBy(() -> consumer.partitionsFor("secured")).isInstanceOf(SaslAuthenticationException.class);
        }
    }
}
