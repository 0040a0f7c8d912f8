package org.storywire.topology;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storywire.registry.RegistryException;

/**
 * Sends a record that cannot be read to the dead-letter topic (see {@link DeadLetters}) only when the record itself is at
 * fault (not Avro, truncated, a schema id the registry does not know). When the schema registry
 * cannot be reached or answers with a server error, the record is fine and would read once the
 * registry is back: dead-lettering it would skip it silently. So the task fails instead; the
 * stream thread is replaced (see ProcessorApp), nothing is committed, and the record is read
 * again from the last committed offset until the registry answers.
 */
public final class PoisonRecordDeserializationHandler extends DeadLetteringHandler implements DeserializationExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PoisonRecordDeserializationHandler.class);

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        RegistryException registryFailure = registryFailure(exception);
        if (registryFailure != null && isTransient(registryFailure)) {
            LOG.error("Schema registry unavailable while reading {}-{}@{}: failing the task to retry it, not dead-lettering: {}",
                    record.topic(), record.partition(), record.offset(), registryFailure.getMessage());
            return Response.fail();
        }
        LOG.warn("Record {}-{}@{} cannot be read; dead-lettered: {}", record.topic(), record.partition(), record.offset(),
                exception.toString());
        return Response.resume(deadLetters.of(context, exception));
    }

    /** No answer at all (status 0), a timeout, throttling or a server error: worth trying again. */
    static boolean isTransient(RegistryException e) {
        int status = e.status();
        return status == 0 || status == 408 || status == 429 || status >= 500;
    }

    private static RegistryException registryFailure(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof RegistryException r) return r;
        }
        return null;
    }
}
