package org.storywire.serde;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.storywire.registry.RegistryException;
import org.storywire.registry.SchemaRegistryClient;

/**
 * Writes generated Avro records in the Schema Registry wire format, registering the record's
 * schema under {@code <topic>-key} / {@code <topic>-value} (Confluent's TopicNameStrategy).
 * Configured with {@code schema.registry.url} and optionally {@code auto.register.schemas}
 * (default true; when false the schema must already be registered) and the basic-auth keys.
 */
public final class RegistryAvroSerializer<T extends SpecificRecord> implements Serializer<T> {
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";

    private final Map<Schema, DatumWriter<T>> writers = new ConcurrentHashMap<>();
    private SchemaRegistryClient client;
    private boolean autoRegister = true;
    private boolean isKey;

    /** For use by class name; {@link #configure} creates the registry client. */
    public RegistryAvroSerializer() {
    }

    /** Uses an existing registry client (null: create one in {@link #configure}). */
    public RegistryAvroSerializer(SchemaRegistryClient client) {
        this.client = client;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        Object register = configs.get(AUTO_REGISTER_SCHEMAS);
        this.autoRegister = register == null || Boolean.parseBoolean(register.toString().trim());
        if (client == null) {
            client = SchemaRegistryClient.fromConfig(configs);
        }
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("RegistryAvroSerializer is not configured: call configure() with "
                    + "schema.registry.url first");
        }
        Schema schema = data.getSchema();
        String subject = SubjectNames.topicName(topic, isKey);
        int id;
        try {
            id = client.schemaId(subject, schema, autoRegister);
        } catch (RegistryException e) {
            throw new SerializationException("Could not " + (autoRegister ? "register" : "look up") + " the schema of "
                    + schema.getFullName() + " under subject '" + subject + "': " + e.getMessage(), e);
        }
        return AvroWireFormat.encode(id, writers.computeIfAbsent(schema, s -> writerFor(s, data)), data);
    }

    private DatumWriter<T> writerFor(Schema schema, T data) {
        TrustedAvroPackages.trust(data.getClass().getPackageName());
        // The class's own model carries its logical-type conversions (timestamp-millis <-> Instant).
        return new SpecificDatumWriter<>(schema, SpecificData.getForClass(data.getClass()));
    }
}
