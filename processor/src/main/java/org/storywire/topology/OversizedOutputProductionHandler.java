package org.storywire.topology;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output record too large for the broker would fail the task on every retry: the input record
 * that produced it would block its partition forever. Such an output is left out and a dead letter
 * records why, with the input's topic, partition and offset in its headers (the input itself stays
 * in its topic; copying it could be too large again). Every other send failure fails the task as
 * by default, so that it is retried.
 */
public final class OversizedOutputProductionHandler extends DefaultProductionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OversizedOutputProductionHandler.class);
    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (!(exception instanceof RecordTooLargeException)) return super.handleError(context, record, exception);
        LOG.error("Output to {} from {}-{}@{} is too large for the broker; left out and dead-lettered: {}",
                record.topic(), context.topic(), context.partition(), context.offset(), exception.getMessage());
        if (deadLetterTopic == null) return Response.resume();
        return Response.resume(List.of(ExceptionHandlerUtils.buildDeadLetterQueueRecord(
                deadLetterTopic, context.sourceRawKey(), null, context, exception)));
    }
}
