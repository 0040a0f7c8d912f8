package org.storywire.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent Schema Registry wire format for Avro: byte 0 is the magic byte {@code 0}, bytes
 * 1-4 the schema id as a big-endian int32, then the Avro binary encoding of the datum (no container
 * header, no fingerprint). A null datum is a Kafka null: no framing at all.
 */
public final class AvroWireFormat {
    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_SIZE = 1 + Integer.BYTES;

    private AvroWireFormat() {
    }

    /** Frames {@code datum} under {@code schemaId}; null stays null. */
    public static <T> byte[] encode(int schemaId, DatumWriter<T> writer, T datum) {
        if (datum == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(MAGIC_BYTE);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(schemaId).array());
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writer.write(datum, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Could not encode " + datum.getClass().getName()
                    + " as Avro for schema id " + schemaId + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Reads the schema id from the header, checking the magic byte.
     *
     * @throws SerializationException when the bytes are too short or do not start with magic byte 0
     */
    public static int schemaId(byte[] bytes) {
        if (bytes.length < HEADER_SIZE) {
            throw new SerializationException("Record of " + bytes.length
                    + " bytes is too short for the Schema Registry wire format (magic byte + 4-byte schema id)");
        }
        if (bytes[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "Unknown magic byte! Expected 0x00 (Schema Registry wire format) but the record starts with 0x%02x",
                    bytes[0]));
        }
        return ByteBuffer.wrap(bytes, 1, Integer.BYTES).getInt();
    }

    /**
     * Decodes the Avro payload after the header with {@code reader}, which resolves the writer
     * schema of {@code schemaId} into its reader schema. Null stays null.
     *
     * @throws SerializationException on bad framing or a truncated or corrupt payload
     */
    public static <T> T decode(byte[] bytes, DatumReader<T> reader, int schemaId) {
        if (bytes == null) {
            return null;
        }
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(bytes, HEADER_SIZE, bytes.length - HEADER_SIZE, null);
        try {
            T datum = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new SerializationException("Avro payload for schema id " + schemaId + " has "
                        + bytes.length + " bytes, more than one datum: wrong schema or corrupt record");
            }
            return datum;
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new SerializationException("Could not decode the Avro payload of " + bytes.length
                    + " bytes written with schema id " + schemaId + ": truncated or corrupt (" + e + ")", e);
        }
    }
}
