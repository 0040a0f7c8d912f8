package org.storywire.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.storywire.avro.RawArticle;
import org.storywire.serde.AvroSerdes;
import picocli.CommandLine.Option;

/** Where to publish: options every ingest subcommand takes. */
public final class IngestOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka brokers (env KAFKA_BOOTSTRAP_SERVERS; default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            defaultValue = "${env:STORYWIRE_SCHEMA_REGISTRY_URL:-http://localhost:8081}",
            description = "Schema Registry (env STORYWIRE_SCHEMA_REGISTRY_URL; default: ${DEFAULT-VALUE}).")
    String schemaRegistryUrl;

    @Option(names = "--topic", paramLabel = "TOPIC",
            defaultValue = "${env:STORYWIRE_TOPIC_ARTICLES_RAW:-articles.raw}",
            description = "Raw articles topic (env STORYWIRE_TOPIC_ARTICLES_RAW; default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "data/ingest",
            description = "Where the content hash of every published article is kept across runs (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "3",
            description = "Partitions of the topic when ingest creates it (default: ${DEFAULT-VALUE}).")
    int partitions;

    /** {@code KAFKA_*} settings (security, SASL, registry basic auth) for every client ingest makes. */
    Map<String, String> kafkaClientProperties = KafkaClientEnvironment.from(System.getenv());

    /** The project's registry-aware Avro serializer for article values. */
    Serializer<RawArticle> valueSerializer() {
        Map<String, Object> config = new HashMap<>(kafkaClientProperties);
        config.put("schema.registry.url", schemaRegistryUrl);
        return AvroSerdes.serde(RawArticle.class, config, false).serializer();
    }

    Deserializer<RawArticle> valueDeserializer() {
        Map<String, Object> config = new HashMap<>(kafkaClientProperties);
        config.put("schema.registry.url", schemaRegistryUrl);
        return AvroSerdes.serde(RawArticle.class, config, false).deserializer();
    }
}
