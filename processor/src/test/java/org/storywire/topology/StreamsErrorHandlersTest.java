package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Response;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Result;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;
import org.storywire.registry.RegistryException;

/**
 * Only records at fault go to the dead-letter topic; a registry that cannot answer fails the task
 * to retry; a dead letter always fits the broker.
 */
class StreamsErrorHandlersTest {
    private static final ConsumerRecord<byte[], byte[]> RECORD = new ConsumerRecord<>("articles.raw", 1, 42L, "k".getBytes(), new byte[] {0, 0, 0, 0, 1});

    @Test
    void anUnreachableOrFailingRegistryFailsTheTaskWithoutADeadLetter() {
        for (int status : new int[] {0, 408, 429, 500, 503}) {
            Response response = handle(fromRegistry(status, 0));
            assertThat(response.result()).as("HTTP %d", status).isEqualTo(Result.FAIL);
            assertThat(response.deadLetterQueueRecords()).as("HTTP %d", status).isEmpty();
        }
    }

    @Test
    void anUnknownSchemaIdOrABrokenRecordIsDeadLetteredAndProcessingGoesOn() {
        for (Exception poison : new Exception[] {fromRegistry(404, 40403), new SerializationException("Unknown magic byte: 112")}) {
            Response response = handle(poison);
            assertThat(response.result()).as(poison.getMessage()).isEqualTo(Result.RESUME);
            assertThat(response.deadLetterQueueRecords()).as(poison.getMessage()).hasSize(1);
            assertThat(response.deadLetterQueueRecords().get(0).topic()).isEqualTo("articles.dlq");
        }
    }

    @Test
    void aProcessingFailureIsDeadLetteredAndAnInputTooLargeToCopyIsLeftOutOfItsDeadLetter() {
        DeadLetteringProcessingHandler handler = new DeadLetteringProcessingHandler();
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dlq"));
        Exception tooLong = new IllegalArgumentException("article body of 52428800 characters is over the limit");

        ProcessingExceptionHandler.Response small = handler.handleError(new Context(RECORD.value()), null, tooLong);
        assertThat(small.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        assertThat(small.deadLetterQueueRecords()).singleElement().satisfies(dead -> {
            assertThat(dead.value()).isEqualTo(RECORD.value());
            assertThat(dead.headers().lastHeader(DeadLetters.OMITTED_HEADER)).isNull();
        });

        ProcessingExceptionHandler.Response large = handler.handleError(new Context(new byte[DeadLetters.MAX_VALUE_BYTES + 1]), null, tooLong);
        assertThat(large.deadLetterQueueRecords()).singleElement().satisfies(dead -> {
            assertThat(dead.key()).isEqualTo(RECORD.key());
            assertThat(dead.value()).isNull();
            assertThat(dead.headers().lastHeader(DeadLetters.OMITTED_HEADER).value()).asString().isEqualTo(String.valueOf(DeadLetters.MAX_VALUE_BYTES + 1));
            assertThat(dead.headers().lastHeader("__streams.errors.message").value()).asString().contains("over the limit");
            assertThat(dead.headers().lastHeader("__streams.errors.offset").value()).asString().isEqualTo("42");
        });
    }

    private static SerializationException fromRegistry(int status, int errorCode) {
        return new SerializationException("Writer schema id 1 could not be fetched",
                new RegistryException("registry said " + status, status, errorCode, "http://registry", null));
    }

    private static Response handle(Exception e) {
        PoisonRecordDeserializationHandler handler = new PoisonRecordDeserializationHandler();
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dlq"));
        return handler.handleError(new Context(RECORD.value()), RECORD, e);
    }

    private record Context(byte[] sourceRawValue) implements ErrorHandlerContext {
        public String topic() { return RECORD.topic(); }
        public int partition() { return RECORD.partition(); }
        public long offset() { return RECORD.offset(); }
        public Headers headers() { return new RecordHeaders(); }
        public String processorNodeId() { return "articles-source"; }
        public TaskId taskId() { return new TaskId(0, 1); }
        public long timestamp() { return 0L; }
        public byte[] sourceRawKey() { return RECORD.key(); }
    }
}
