package org.storywire.topology;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;

/**
 * Dead-letter records that always fit the broker. A dead letter carries the input as received,
 * but an input can arrive compressed and be far larger than {@code max.request.size} once read
 * (a 50 MB body compresses to kilobytes). Sending such a copy fails, and under exactly-once the
 * failed send aborts the transaction: the thread is replaced and meets the same record again,
 * forever. So a large input is left out of its dead letter, which still names its topic,
 * partition and offset, and says why and how large it was.
 */
final class DeadLetters {
    /** Well under the producer's default max.request.size (1 MiB), leaving room for the headers. */
    static final int MAX_VALUE_BYTES = 512 * 1024;
    static final String OMITTED_HEADER = "storywire.dead-letter.value-omitted-bytes";

    /** The dead-letter topic, or null when none is configured. */
    private final String topic;
    private final Consumer<Exception> listener;

    private DeadLetters(String topic, Consumer<Exception> listener) {
        this.topic = topic;
        this.listener = listener;
    }

    /**
     * The dead letters of a Streams error handler, from the settings it is configured with (both handlers
     * dead-letter the same way; they differ in what they log and when they fail instead).
     */
    static DeadLetters configured(Map<String, ?> configs) {
        return new DeadLetters(topic(configs), listener(configs));
    }

    /** Who hears of each dead letter, from the Streams setting {@link StreamsSettings#DEAD_LETTER_LISTENER}; nobody when unset. */
    @SuppressWarnings("unchecked")
    private static Consumer<Exception> listener(Map<String, ?> configs) {
        Object listener = configs.get(StreamsSettings.DEAD_LETTER_LISTENER);
        return listener instanceof Consumer<?> consumer ? (Consumer<Exception>) consumer : exception -> { };
    }

    private static String topic(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        return topic == null || topic.toString().isBlank() ? null : topic.toString();
    }

    /**
     * The dead letter for the input of {@code context}, or none when no dead-letter topic is configured;
     * the listener hears of it either way.
     */
    List<ProducerRecord<byte[], byte[]>> of(ErrorHandlerContext context, Exception exception) {
        listener.accept(exception);
        if (topic == null) return List.of();
        byte[] value = context.sourceRawValue();
        boolean omitted = value != null && value.length > MAX_VALUE_BYTES;
        ProducerRecord<byte[], byte[]> record = ExceptionHandlerUtils.buildDeadLetterQueueRecord(
                topic, context.sourceRawKey(), omitted ? null : value, context, exception);
        if (omitted) record.headers().add(OMITTED_HEADER, String.valueOf(value.length).getBytes(StandardCharsets.UTF_8));
        return List.of(record);
    }
}
