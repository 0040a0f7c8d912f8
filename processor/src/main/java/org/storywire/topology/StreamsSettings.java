package org.storywire.topology;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.storywire.config.StorywireConfig;

/** Kafka Streams properties from storywire's configuration: a pure function, tested as such. */
public final class StreamsSettings {
    /**
     * Setting for a {@code Consumer<Exception>} told of every dead letter (the processor's metrics
     * count them): the error handlers are made by Kafka Streams from class names and receive the
     * settings, so this is how they reach an object of the running application.
     */
    public static final String DEAD_LETTER_LISTENER = "storywire.dead-letters.listener";

    /**
     * The live processor's commit interval under exactly-once, half of Kafka's 100 ms: a story update is
     * visible only after the commits of its two hops, and at 100 articles/s this took p50 / p99 from about
     * 210 / 370 ms to 140 / 280 ms for about 10% of the throughput under a backlog (BENCHMARKS.md,
     * stop 18); 30 ms and 20 ms made the tail longer again. A replay commits every second (ReplayCommand).
     */
    static final long LIVE_EXACTLY_ONCE_COMMIT_MS = 50;

    /**
     * Records a stream thread's main consumer hands out per poll (Kafka Streams' own default: 1,000). A thread
     * polls again only once it has processed everything it polled, task by task, so a poll's worth of articles
     * (each a few ms of extraction) kept the event-assignment task on the same thread waiting for its next
     * signatures as long; a hundred keep that loop under a second.
     */
    static final int MAIN_CONSUMER_MAX_POLL_RECORDS = 100;

    /**
     * Bytes of one partition a fetch returns (Kafka's default: 1 MB). The consumer hands out the fetched data
     * of one partition before the next's, so a thread read its partitions in runs of one fetch each: a
     * megabyte of compressed short articles is thousands (6,000 and more in the memory bench's feed), a minute
     * of extraction, during which the signatures fetched with them waited: the assign-event task got nothing
     * for its first two minutes, then a fetch every 40-60 s. Now it is fed every second or two. A record
     * larger than this still comes whole. Each partition still gets one fetch per round, so a thread takes in
     * its partitions in proportion to their bytes, not their records (BENCHMARKS.md, issue 16, ev33).
     */
    static final int MAIN_CONSUMER_MAX_PARTITION_FETCH_BYTES = 64 * 1024;

    /**
     * Produce requests a producer has in flight per broker under exactly-once (Kafka's default: 5). With
     * transactions v2 every transaction has an epoch of its own and a partition joins it with its first
     * produce, which the broker verifies with its transaction coordinator before it appends; a second request
     * for the same partition, sent meanwhile, reaches the log first, and the broker rejects it ("Expected
     * sequence 0 for transactions v2 idempotent producer with no existing state", KAFKA-18202), logs an error
     * and the client retries it after its backoff. One request at a time still carries every partition's
     * batch (one each): under exactly-once they are sent together at the commit, so the pipelining lost is a
     * partition's second batch of a commit, which now waits for the first.
     */
    static final int EXACTLY_ONCE_IN_FLIGHT_REQUESTS = 1;

    private StreamsSettings() {}

    public static Properties of(StorywireConfig config) {
        Properties p = new Properties();
        boolean exactlyOnce = config.processingGuarantee().startsWith("exactly_once");
        long commitMillis = commitIntervalMillis(config, exactlyOnce);
        // Tuning defaults first, so that a KAFKA_... setting of the operator (or the bench) replaces them.
        if (exactlyOnce) p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitMillis);
        p.put(StreamsConfig.POLL_MS_CONFIG, pollMillis(commitMillis));
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), MAIN_CONSUMER_MAX_POLL_RECORDS);
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), MAIN_CONSUMER_MAX_PARTITION_FETCH_BYTES);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), lingerMillis(exactlyOnce));
        if (exactlyOnce) p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION), EXACTLY_ONCE_IN_FLIGHT_REQUESTS);
        // The size check before compression: a statement quoting a huge sentence compresses under
        // the broker's limit, and a send refused here would abort the transaction on every retry.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 8 * 1024 * 1024);
        // Bloom filters on every sorted run of the event index's stores, whose gets mostly miss (EventStoresRocksDbConfig).
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, EventStoresRocksDbConfig.class.getName());
        p.putAll(config.kafkaClientProperties());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.processingGuarantee());
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.standbyReplicas());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replicationFactor());
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toAbsolutePath().toString());
        // Interactive queries: other instances find this one's API here.
        p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, config.httpHost() + ":" + config.httpPort());
        // Bad records never stop the application: Kafka Streams writes them to the dead-letter
        // topic with the exception, topic, partition and offset in headers, and goes on. A record
        // unreadable only because the schema registry is down is retried, not dead-lettered.
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.topics().deadLetters());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, PoisonRecordDeserializationHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetteringProcessingHandler.class.getName());
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return p;
    }

    /** The commit interval the threads will use: the operator's, else 50 ms under exactly-once and Kafka's 30 s otherwise. */
    static long commitIntervalMillis(StorywireConfig config, boolean exactlyOnce) {
        String chosen = config.kafkaClientProperties().get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);
        if (chosen != null) return Long.parseLong(chosen.strip());
        return exactlyOnce ? LIVE_EXACTLY_ONCE_COMMIT_MS : 30_000;
    }

    /**
     * A stream thread commits only between polls, and an idle one blocks in poll up to poll.ms
     * (Kafka's 100 ms) before it looks at the clock again: under exactly-once the output of its last
     * records waited for the next input or that timeout, beyond the commit interval (a story update
     * waits so at each of its two hops). Polling a fifth of the interval bounds that.
     */
    static long pollMillis(long commitMillis) {
        return Math.max(1, Math.min(100, commitMillis / 5));
    }

    /**
     * Under exactly-once a record is read by no one before its transaction commits, and the commit
     * sends every batch at once: lingering past the commit interval costs no latency and
     * fills one batch per partition and commit instead of one per few records (each lz4 batch
     * allocates 128 KB of buffers: 30% of the stream threads' allocation in the profile of issue 16).
     * Under at-least-once a consumer sees a record as soon as it is sent, so it waits 5 ms at most.
     */
    static int lingerMillis(boolean exactlyOnce) {
        return exactlyOnce ? 100 : 5;
    }
}
