package org.storywire.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.platform.EmbeddedKafkaBroker;
import org.storywire.registry.CompatibilityLevel;
import org.storywire.registry.RegistryClientConfig;
import org.storywire.registry.SchemaRegistryClient;

/** The registry's state lives in the _schemas topic: a new registry on the same broker loses nothing. */
class RegistryRestartTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRestartedRegistryKeepsIdsVersionsDeletesAndConfig(@TempDir Path dataDir) throws Exception {
        Schema a1 = RegistryClientServerTest.record("A");
        Schema a2 = RegistryClientServerTest.record("A", "x");
        Schema b1 = RegistryClientServerTest.record("B");
        int idA1;
        int idA2;
        int idB1;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
            try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
                SchemaRegistryClient client = new SchemaRegistryClient(RegistryClientConfig.of(registry.url()));
                idA1 = client.register("a-value", a1);
                idA2 = client.register("a-value", a2);
                idB1 = client.register("b-value", b1);
                client.register("gone-value", a1);
                client.deleteSubject("gone-value", false);
                client.setSubjectCompatibility("b-value", CompatibilityLevel.FULL);
                client.setGlobalCompatibility(CompatibilityLevel.FORWARD);
            }
            try (EmbeddedSchemaRegistry restarted = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
                SchemaRegistryClient client = new SchemaRegistryClient(RegistryClientConfig.of(restarted.url()));
                assertThat(client.subjects()).containsExactly("a-value", "b-value");
                assertThat(client.versions("a-value")).containsExactly(1, 2);
                assertThat(client.version("a-value", 1).id()).isEqualTo(idA1);
                assertThat(client.version("a-value", 2).id()).isEqualTo(idA2);
                assertThat(client.schemaById(idB1)).isEqualTo(b1);
                assertThat(client.register("a-value", a2)).isEqualTo(idA2);
                assertThat(client.subjectCompatibility("b-value")).contains(CompatibilityLevel.FULL);
                assertThat(client.globalCompatibility()).isEqualTo(CompatibilityLevel.FORWARD);

                int next = client.register("c-value", RegistryClientServerTest.record("C"));
                assertThat(next).isEqualTo(Math.max(idA2, idB1) + 1);
            }
            assertSchemasTopicFormat(broker.bootstrapServers());
        }
    }

    /** One partition, compacted, keys and values in the registry's JSON format (docs/registry.md, "State"). */
    private static void assertSchemasTopicFormat(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            TopicDescription description = admin.describeTopics(List.of("_schemas")).allTopicNames().get().get("_schemas");
            assertThat(description.partitions()).hasSize(1);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "_schemas");
            assertThat(admin.describeConfigs(List.of(resource)).all().get().get(resource).get("cleanup.policy").value())
                    .isEqualTo("compact");
        }
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition("_schemas", 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        ConsumerRecord<String, String> first = records.get(0);
        assertThat(first.key()).isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"a-value\",\"version\":1,\"magic\":1}");
        JsonNode value = JSON.readTree(first.value());
        assertThat(value.path("subject").asText()).isEqualTo("a-value");
        assertThat(value.path("version").asInt()).isEqualTo(1);
        assertThat(value.path("id").asInt()).isEqualTo(1);
        assertThat(value.path("deleted").asBoolean(true)).isFalse();
        assertThat(new Schema.Parser().parse(value.path("schema").asText())).isEqualTo(RegistryClientServerTest.record("A"));
        assertThat(records).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("{\"keytype\":\"DELETE_SUBJECT\",\"subject\":\"gone-value\",\"magic\":0}");
            assertThat(r.value()).isEqualTo("{\"subject\":\"gone-value\",\"version\":1}");
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("{\"keytype\":\"CONFIG\",\"magic\":0}");
            assertThat(r.value()).isEqualTo("{\"compatibilityLevel\":\"FORWARD\"}");
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("{\"keytype\":\"CONFIG\",\"subject\":\"b-value\",\"magic\":0}");
            assertThat(r.value()).isEqualTo("{\"subject\":\"b-value\",\"compatibilityLevel\":\"FULL\"}");
        });
    }
}
