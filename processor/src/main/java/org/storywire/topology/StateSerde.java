package org.storywire.topology;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The fold's private state (the story package's records: stories, ledgers, statements) in Smile,
 * Jackson's binary JSON: the same mapping as JSON, about half the bytes and faster to write, which
 * counts because every statement writes the stories it changed. It never leaves the application's
 * own stores and changelogs; everything on a public topic is Avro under the registry.
 */
public final class StateSerde<T> implements Serde<T> {
    // Short strings written again within one value (a story's speakers, parties, outlets and article
    // URLs, repeated over its timeline) become back-references: a large story is about a fifth smaller
    // at the same CPU cost. Readers follow the header's flag, so values written without it still read.
    // Field names are not interned: the maps' keys (an event's centroid, a signature's terms) are field
    // names too, thousands of them, and each new one went through String.intern.
    private static final ObjectMapper MAPPER = SmileMapper.builder(SmileFactory.builder()
                    .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
                    .disable(SmileGenerator.Feature.ENCODE_BINARY_AS_7BIT) // LongListsAsBinary's bytes as they are, flagged in the header
                    .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build())
            .addModule(new JavaTimeModule())
            .addModule(new BlackbirdModule()) // accessors through generated lambdas instead of reflection
            .addModule(new LongListsAsBinary())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();

    private final Class<T> type;
    /** Bound to the type once: a mapper resolves the type and looks its (de)serializer up at every call. */
    private final ObjectReader reader;
    private final ObjectWriter writer;
    /**
     * Per thread, each value this serde wrote, by the array it wrote it to (an array's equality is its
     * identity), held as long as that array is: null for a serde that keeps none. A store's record
     * cache hands back the very array it was given, on a read and when it flushes, and decoding it again
     * would give the value written (the stored types are immutable records whose Smile round trip is
     * exact; the fold's decoded families rely on that already). The fold reads back what it wrote for
     * its statements (ledgers, copy index, family keys) and publishes each story from the story-state
     * cache's flush, which decoded the story whole (Smile decoding was 8.5 % of the stream threads in
     * issue 16's profile at 6,000 articles, 5.8 % with this); arrays read from RocksDB are not here.
     */
    private final ThreadLocal<Map<byte[], T>> written;

    public StateSerde(Class<T> type) {
        this(type, false);
    }

    private StateSerde(Class<T> type, boolean keepsWritten) {
        this.type = type;
        this.reader = MAPPER.readerFor(type);
        this.writer = MAPPER.writerFor(type);
        this.written = keepsWritten ? ThreadLocal.withInitial(WeakHashMap::new) : null;
    }

    /** For a store with a record cache: a value read back as the array it was written to is not decoded again. */
    public static <T> StateSerde<T> cached(Class<T> type) {
        return new StateSerde<>(type, true);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) return null;
            try {
                byte[] bytes = writer.writeValueAsBytes(value);
                if (written != null) written.get().put(bytes, value);
                return bytes;
            } catch (IOException e) {
                throw new SerializationException("cannot write " + type.getSimpleName() + " as Smile", e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) return null;
            T known = written == null ? null : written.get().get(bytes);
            if (known != null) return known;
            try {
                return reader.readValue(bytes);
            } catch (IOException e) {
                throw new SerializationException("cannot read " + type.getSimpleName() + " from Smile", e);
            }
        };
    }
}
