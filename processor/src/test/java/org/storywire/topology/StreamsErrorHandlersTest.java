package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Response;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Result;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;
import org.storywire.registry.RegistryException;

/**
 * Only records at fault go to the dead-letter topic; a registry that cannot answer fails the task
 * to retry; an output too large for the broker is left out with a dead letter instead of failing
 * the task forever.
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
    void anOutputTooLargeForTheBrokerIsLeftOutWithADeadLetterAndOtherSendFailuresFail() {
        OversizedOutputProductionHandler handler = new OversizedOutputProductionHandler();
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dlq"));
        ProducerRecord<byte[], byte[]> output = new ProducerRecord<>("statements", "story".getBytes(), new byte[10]);

        ProductionExceptionHandler.Response tooLarge = handler.handleError(new Context(), output, new RecordTooLargeException("1.2 MB"));
        assertThat(tooLarge.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(tooLarge.deadLetterQueueRecords()).singleElement().satisfies(dead -> {
            assertThat(dead.topic()).isEqualTo("articles.dlq");
            assertThat(dead.key()).isEqualTo(RECORD.key());
            assertThat(dead.headers().lastHeader("__streams.errors.message").value()).asString().contains("1.2 MB");
        });
        ProductionExceptionHandler.Response other = handler.handleError(new Context(), output, new KafkaException("broker gone"));
        assertThat(other.result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
    }

    private static SerializationException fromRegistry(int status, int errorCode) {
        return new SerializationException("Writer schema id 1 could not be fetched",
                new RegistryException("registry said " + status, status, errorCode, "http://registry", null));
    }

    private static Response handle(Exception e) {
        PoisonRecordDeserializationHandler handler = new PoisonRecordDeserializationHandler();
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dlq"));
        return handler.handleError(new Context(), RECORD, e);
    }

    private static final class Context implements ErrorHandlerContext {
        public String topic() { return RECORD.topic(); }
        public int partition() { return RECORD.partition(); }
        public long offset() { return RECORD.offset(); }
        public Headers headers() { return new RecordHeaders(); }
        public String processorNodeId() { return "articles-source"; }
        public TaskId taskId() { return new TaskId(0, 1); }
        public long timestamp() { return 0L; }
        public byte[] sourceRawKey() { return RECORD.key(); }
        public byte[] sourceRawValue() { return RECORD.value(); }
    }
}
