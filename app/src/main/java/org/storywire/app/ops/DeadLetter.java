package org.storywire.app.ops;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One record of the dead-letter topic: the input as received, and the headers Kafka Streams and
 * storywire wrote with it (why it failed, and where it came from).
 */
record DeadLetter(int partition, long offset, Instant timestamp, byte[] key, byte[] value, Headers headers) {
    /** Kafka Streams' dead-letter headers (ExceptionHandlerUtils); every replay drops them. */
    static final String ERROR_HEADER_PREFIX = "__streams.errors.";
    /** storywire's own: the input's size when it was too large to be copied (DeadLetters). */
    static final String OMITTED_HEADER = "storywire.dead-letter.value-omitted-bytes";

    static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        return new DeadLetter(record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                record.key(), record.value(), record.headers());
    }

    /** {@code partition:offset} in the dead-letter topic: how operators name a dead letter. */
    String position() {
        return partition + ":" + offset;
    }

    String sourceTopic() {
        return header(ERROR_HEADER_PREFIX + "topic");
    }

    /** {@code topic-partition@offset} of the input, as far as the headers say. */
    String source() {
        return sourceTopic() + "-" + header(ERROR_HEADER_PREFIX + "partition") + "@" + header(ERROR_HEADER_PREFIX + "offset");
    }

    String exception() {
        return header(ERROR_HEADER_PREFIX + "exception");
    }

    String message() {
        return header(ERROR_HEADER_PREFIX + "message");
    }

    String stacktrace() {
        return header(ERROR_HEADER_PREFIX + "stacktrace");
    }

    /** The input's size when the dead letter left it out, else null. */
    String omittedBytes() {
        return header(OMITTED_HEADER);
    }

    /** The key as text, or its size when it is not UTF-8. */
    String keyText() {
        return key == null ? "(no key)" : Printable.text(key, 80);
    }

    String header(String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
