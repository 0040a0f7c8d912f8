package org.storywire.serde;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.storywire.registry.RegistryException;
import org.storywire.registry.SchemaRegistryClient;

/**
 * Reads the Schema Registry wire format into a generated Avro class: the writer schema comes from
 * the registry by the id in the record, the reader schema is the class's own, and Avro's schema
 * resolution bridges the two (so records written with an older or newer compatible schema read
 * fine). Configured with {@code schema.registry.url} and the basic-auth keys.
 */
public final class RegistryAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {
    private final Class<T> type;
    private final Schema readerSchema;
    private final SpecificData model;
    private final Map<Integer, DatumReader<T>> readersByWriterId = new ConcurrentHashMap<>();
    private SchemaRegistryClient client;

    public RegistryAvroDeserializer(Class<T> type) {
        this(type, null);
    }

    /** Uses an existing registry client (null: create one in {@link #configure}). */
    public RegistryAvroDeserializer(Class<T> type, SchemaRegistryClient client) {
        TrustedAvroPackages.trust(type.getPackageName());
        this.type = type;
        this.model = SpecificData.getForClass(type);
        this.readerSchema = model.getSchema(type);
        this.client = client;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (client == null) {
            client = SchemaRegistryClient.fromConfig(configs);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("RegistryAvroDeserializer is not configured: call configure() with "
                    + "schema.registry.url first");
        }
        int id = AvroWireFormat.schemaId(data);
        return AvroWireFormat.decode(data, readersByWriterId.computeIfAbsent(id, i -> readerFor(i, topic)), id);
    }

    private DatumReader<T> readerFor(int id, String topic) {
        Schema writerSchema;
        try {
            writerSchema = client.schemaById(id);
        } catch (RegistryException e) {
            String what = e.errorCode() == 40403 ? "is unknown to the schema registry" : "could not be fetched";
            throw new SerializationException("Writer schema id " + id + " of a record in topic '" + topic + "' "
                    + what + ": " + e.getMessage(), e);
        }
        SchemaCompatibility.SchemaPairCompatibility compatibility =
                SchemaCompatibility.checkReaderWriterCompatibility(readerSchema, writerSchema);
        if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new SerializationException("Records written with schema id " + id + " (" + writerSchema.getFullName()
                    + ") in topic '" + topic + "' cannot be read as " + type.getName() + ": "
                    + compatibility.getResult().getIncompatibilities().stream()
                            .map(i -> i.getType() + " at " + i.getLocation() + ": " + i.getMessage()).toList());
        }
        return new SpecificDatumReader<>(writerSchema, readerSchema, model);
    }
}
