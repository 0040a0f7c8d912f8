package org.storywire.topology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro binary without the registry, for TopologyTestDriver unit tests only: they test the
 * topology's logic fast; the registry serde is exercised by the integration tests on a real broker.
 */
final class PlainAvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final Class<T> type;

    PlainAvroSerde(Class<T> type) {
        this.type = type;
    }

    static SerdeFactory factory() {
        return new SerdeFactory() {
            @Override
            public <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type) {
                return new PlainAvroSerde<>(type);
            }
        };
    }

    @Override
    public Serializer<T> serializer() {
        SpecificDatumWriter<T> writer = new SpecificDatumWriter<>(type);
        return (topic, value) -> {
            if (value == null) return null;
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
                writer.write(value, encoder);
                encoder.flush();
                return out.toByteArray();
            } catch (IOException e) {
                throw new SerializationException(e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        SpecificDatumReader<T> reader = new SpecificDatumReader<>(type);
        return (topic, bytes) -> {
            if (bytes == null) return null;
            try {
                return reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
            } catch (IOException e) {
                throw new SerializationException(e);
            }
        };
    }
}
