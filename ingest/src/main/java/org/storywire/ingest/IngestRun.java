package org.storywire.ingest;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.storywire.avro.RawArticle;
import org.storywire.analyse.LanguageDetector;

/**
 * Everything one ingest run publishes with: the topic (created when missing), the content hash
 * store, the language model and the publisher. Closing flushes, then prints the summary.
 */
final class IngestRun implements AutoCloseable {
    final IngestSummary summary = new IngestSummary();
    final ArticlePublisher publisher;
    private final ContentHashStore hashes;
    private final PrintWriter out;
    private boolean closed;

    /** Kafka, the registry or the state directory cannot be used: nothing can be ingested. */
    static final class SetupException extends RuntimeException {
        SetupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    IngestRun(IngestOptions options, boolean force, PrintWriter out, PrintWriter err) {
        this.out = out;
        try {
            RawTopic.ensure(options.bootstrapServers, options.kafkaClientProperties, options.topic, options.partitions);
        } catch (IllegalStateException e) {
            throw new SetupException(e.getMessage(), e);
        }
        Serializer<RawArticle> serializer = checkedSerializer(options);
        try {
            this.hashes = PublishedState.open(options.bootstrapServers, options.kafkaClientProperties, options.stateDir,
                    options.topic, options.valueDeserializer(), err);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new SetupException(e.getMessage(), e);
        }
        try {
            this.publisher = ArticlePublisher.create(options.bootstrapServers, options.kafkaClientProperties, serializer, options.topic,
                    hashes, LanguageDetector.create(), summary, force);
        } catch (RuntimeException e) {
            hashes.close();
            throw e;
        }
        summary.markStart();
    }

    /**
     * The value serializer, once it has registered the article schema: an unreachable registry
     * fails the run at once instead of failing every article.
     */
    private static Serializer<RawArticle> checkedSerializer(IngestOptions options) {
        Serializer<RawArticle> serializer = options.valueSerializer();
        RawArticle probe = RawArticle.newBuilder().setId("schema-check").setSource("ingest").setBody("")
                .setFetched(Instant.EPOCH).setContentHash("").build();
        try {
            serializer.serialize(options.topic, probe);
        } catch (SerializationException e) {
            throw new SetupException("schema registry at " + options.schemaRegistryUrl + ": " + e.getMessage(), e);
        }
        return serializer;
    }

    /** The publishing part of a run: it calls {@code done} once per input handled, for the progress line. */
    interface Inputs {
        void publish(Runnable done) throws Exception;
    }

    /** Publishes {@code total} inputs with a progress line, flushes, then finishes the run. */
    int publishAll(long total, String inputs, Inputs work) throws Exception {
        AtomicLong handled = new AtomicLong();
        try (Progress progress = Progress.start(summary, handled::get, total, inputs)) {
            work.publish(handled::incrementAndGet);
            publisher.flush();
        }
        return finish();
    }

    /** Flushes, closes and prints the summary; answers the exit code. */
    int finish() {
        close();
        summary.print(out);
        return summary.exitCode();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            publisher.close();
        } finally {
            hashes.close();
        }
    }
}
