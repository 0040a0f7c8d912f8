package org.storywire.serde;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.storywire.registry.SchemaRegistryClient;

/**
 * Kafka serde for a generated Avro class in the Schema Registry wire format: a
 * {@link RegistryAvroSerializer} and a {@link RegistryAvroDeserializer}. Wire-compatible with
 * Confluent's {@code SpecificAvroSerde}. Call {@link #configure} with {@code schema.registry.url}
 * (and optionally {@code auto.register.schemas} and the basic-auth keys) before use.
 */
public final class RegistryAvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final Class<T> type;
    private SchemaRegistryClient client;
    private RegistryAvroSerializer<T> serializer;
    private RegistryAvroDeserializer<T> deserializer;

    public RegistryAvroSerde(Class<T> type) {
        this(type, null);
    }

    /** Uses an existing registry client (and its caches), e.g. one shared between serdes. */
    public RegistryAvroSerde(Class<T> type, SchemaRegistryClient client) {
        this.type = type;
        this.client = client;
        this.serializer = new RegistryAvroSerializer<>(client);
        this.deserializer = new RegistryAvroDeserializer<>(type, client);
    }

    /** Creates the registry client from {@code configs} unless one was given; both halves share it. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (client == null) {
            client = SchemaRegistryClient.fromConfig(configs);
            serializer = new RegistryAvroSerializer<>(client);
            deserializer = new RegistryAvroDeserializer<>(type, client);
        }
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
