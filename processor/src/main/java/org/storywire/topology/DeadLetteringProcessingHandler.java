package org.storywire.topology;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A record whose processing throws goes to the dead-letter topic (see {@link DeadLetters}) and processing goes on. */
public final class DeadLetteringProcessingHandler extends DeadLetteringHandler implements ProcessingExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetteringProcessingHandler.class);

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        LOG.warn("Processing {}-{}@{} failed in {}; dead-lettered: {}", context.topic(), context.partition(), context.offset(),
                context.processorNodeId(), exception.toString());
        return Response.resume(deadLetters.of(context, exception));
    }
}
