package org.storywire.ingest;

import java.io.PrintWriter;
import org.storywire.ingest.article.LanguageDetector;

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

    IngestRun(IngestOptions options, boolean force, PrintWriter out) {
        this.out = out;
        RawTopic.ensure(options.bootstrapServers, options.topic, options.partitions);
        this.hashes = ContentHashStore.open(options.stateDir, options.topic);
        try {
            this.publisher = ArticlePublisher.create(options.bootstrapServers, options.valueSerializer(), options.topic,
                    hashes, LanguageDetector.load(), summary, force);
        } catch (RuntimeException e) {
            hashes.close();
            throw e;
        }
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
