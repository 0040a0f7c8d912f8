package org.storywire.topology;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists of longs in the private stores (a statement's word 3-gram hashes, an article ledger's sketch: some twenty
 * random 64-bit hashes each, written with every statement) as one binary value of 8 bytes a long, not an array of
 * numbers: Smile writes a random 64-bit value as a token and a 10-byte variable-length integer, and reads each back
 * through the parser's number path into a box. A list holding a null is written as the array it is. Values written as
 * arrays, before this or with a null, are still read.
 */
final class LongListsAsBinary extends SimpleModule {

    LongListsAsBinary() {
        super("long-lists-as-binary");
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findCollectionSerializer(SerializationConfig config, CollectionType type, BeanDescription beanDesc,
                                                              TypeSerializer elementTypeSerializer, JsonSerializer<Object> elementValueSerializer) {
                return type.getContentType().hasRawClass(Long.class) && List.class.isAssignableFrom(type.getRawClass()) ? WRITER : null;
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findCollectionDeserializer(CollectionType type, DeserializationConfig config, BeanDescription beanDesc,
                                                                  TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) {
                // a list stands for the declared List or Collection, not for a set nor a concrete class
                return type.getContentType().hasRawClass(Long.class) && type.getRawClass().isAssignableFrom(List.class) ? READER : null;
            }
        });
    }

    private static final JsonSerializer<List<Long>> WRITER = new JsonSerializer<>() {
        @Override
        public void serialize(List<Long> values, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (holdsNull(values)) {
                gen.writeStartArray(values, values.size());
                for (Long v : values) {
                    if (v == null) gen.writeNull();
                    else gen.writeNumber(v);
                }
                gen.writeEndArray();
                return;
            }
            ByteBuffer bytes = ByteBuffer.allocate(values.size() * Long.BYTES);
            for (Long v : values) bytes.putLong(v);
            gen.writeBinary(bytes.array());
        }
    };

    /** Immutable lists throw on {@code contains(null)}. */
    private static boolean holdsNull(List<Long> values) {
        for (Long v : values) if (v == null) return true;
        return false;
    }

    private static final JsonDeserializer<List<Long>> READER = new JsonDeserializer<>() {
        @Override
        public List<Long> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.START_ARRAY) {
                List<Long> values = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    values.add(t == JsonToken.VALUE_NULL ? null : p.getLongValue());
                }
                return values;
            }
            byte[] bytes = p.getBinaryValue();
            if (bytes.length % Long.BYTES != 0) {
                throw JsonMappingException.from(p, "a binary list of longs of " + bytes.length + " bytes, not a multiple of 8");
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            Long[] values = new Long[bytes.length / Long.BYTES];
            for (int i = 0; i < values.length; i++) values[i] = buffer.getLong();
            return List.of(values);
        }
    };
}
