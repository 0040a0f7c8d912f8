package org.storywire.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.storywire.avro.Evidence;

class AvroWireFormatTest {
    private static final Evidence EVIDENCE = Evidence.newBuilder()
            .setArticleId("a1").setSentence("Hi")
            .setSentenceBegin(0).setSentenceEnd(2).setContentBegin(1).setContentEnd(64)
            .build();

    /** Magic byte, id 258 big-endian, then Avro binary: zig-zag varints and length-prefixed strings. */
    private static final byte[] EXPECTED = {
            0x00, 0x00, 0x00, 0x01, 0x02,
            0x04, 'a', '1',
            0x04, 'H', 'i',
            0x00,
            0x04,
            0x02,
            (byte) 0x80, 0x01};

    private final DatumReader<Evidence> reader = new SpecificDatumReader<>(Evidence.class);

    @Test
    void encodesMagicByteBigEndianIdAndAvroBinary() {
        byte[] bytes = AvroWireFormat.encode(258, new SpecificDatumWriter<>(Evidence.class), EVIDENCE);

        assertThat(bytes).containsExactly(EXPECTED);
    }

    @Test
    void decodesWhatItEncodes() {
        assertThat(AvroWireFormat.schemaId(EXPECTED)).isEqualTo(258);
        assertThat(AvroWireFormat.decode(EXPECTED, reader, 258)).isEqualTo(EVIDENCE);
    }

    @Test
    void readsTheIdAsAnUnsignedLookingBigEndianInt() {
        byte[] header = {0x00, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xfe};
        assertThat(AvroWireFormat.schemaId(header)).isEqualTo(Integer.MAX_VALUE - 1);
    }

    @Test
    void nullIsKafkaNull() {
        assertThat(AvroWireFormat.encode(1, new SpecificDatumWriter<>(Evidence.class), null)).isNull();
        assertThat(AvroWireFormat.decode(null, reader, 1)).isNull();
    }

    @Test
    void rejectsAnyOtherMagicByte() {
        byte[] bytes = EXPECTED.clone();
        bytes[0] = 0x01;

        assertThatThrownBy(() -> AvroWireFormat.schemaId(bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Unknown magic byte!")
                .hasMessageContaining("0x01");
    }

    @Test
    void rejectsPlainJsonAsUnknownMagicByte() {
        assertThatThrownBy(() -> AvroWireFormat.schemaId("{\"id\":1}".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown magic byte!")
                .hasMessageContaining("0x7b");
    }

    @Test
    void rejectsRecordsShorterThanTheHeader() {
        assertThatThrownBy(() -> AvroWireFormat.schemaId(new byte[] {0x00, 0x00, 0x01}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("3 bytes is too short");
    }

    @Test
    void rejectsATruncatedPayload() {
        byte[] truncated = Arrays.copyOf(EXPECTED, EXPECTED.length - 3);

        assertThatThrownBy(() -> AvroWireFormat.decode(truncated, reader, 258))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 258")
                .hasMessageContaining("truncated or corrupt");
    }

    @Test
    void rejectsTrailingBytesAfterTheDatum() {
        byte[] longer = Arrays.copyOf(EXPECTED, EXPECTED.length + 2);

        assertThatThrownBy(() -> AvroWireFormat.decode(longer, reader, 258))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("more than one datum");
    }
}
