package org.storywire.processor;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The sample scenario against a real Apache Kafka container and Confluent's own Schema Registry:
 * our registry client and serde against Confluent's server. Skipped where no Docker engine runs;
 * the same scenario runs on the embedded platform in {@link StoryPipelineIntegrationTest}.
 */
@Testcontainers(disabledWithoutDocker = true)
class ConfluentPlatformContainersTest {
    private static final Network NETWORK = Network.newNetwork();

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(DockerImageName.parse("apache/kafka:4.3.1"))
            .withNetwork(NETWORK)
            .withNetworkAliases("kafka")
            // A listener the registry container can reach on the network.
            .withListener("kafka:19092");

    @Container
    static final GenericContainer<?> REGISTRY = new GenericContainer<>(DockerImageName.parse("confluentinc/cp-schema-registry:7.9.0"))
            .withNetwork(NETWORK)
            .dependsOn(KAFKA)
            .withExposedPorts(8081)
            .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
            .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
            .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
            .withEnv("SCHEMA_REGISTRY_KAFKASTORE_TOPIC_REPLICATION_FACTOR", "1")
            .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));

    @Test
    void samplesGiveTheSameStoriesOnKafkaAndConfluentRegistryContainers(@TempDir Path state) throws Exception {
        String registryUrl = "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8081);
        SampleScenario.samplesMatchInProcess(new PipelineFixture(KAFKA.getBootstrapServers(), registryUrl, "containers"), state);
    }
}
