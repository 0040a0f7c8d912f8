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
    private final RegistryAvroSerializer<T> serializer;
    private final RegistryAvroDeserializer<T> deserializer;

    public RegistryAvroSerde(Class<T> type) {
        this.serializer = new RegistryAvroSerializer<>();
        this.deserializer = new RegistryAvroDeserializer<>(type);
    }

    /** Shares one registry client (and its caches) between serdes. */
    public RegistryAvroSerde(Class<T> type, SchemaRegistryClient client) {
        this.serializer = new RegistryAvroSerializer<>(client);
        this.deserializer = new RegistryAvroDeserializer<>(type, client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
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
