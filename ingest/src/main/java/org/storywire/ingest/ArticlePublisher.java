package org.storywire.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.storywire.avro.RawArticle;
import org.storywire.avro.TimePrecision;
import org.storywire.ingest.article.ArticleIds;
import org.storywire.ingest.article.ArticleSink;
import org.storywire.ingest.article.ContentHash;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.analyse.LanguageDetector;

/**
 * Publishes articles to the raw topic: assigns the stable id, the content hash and the language,
 * skips articles whose content is unchanged since they were last published, and keys each record
 * by id with the publication time (else the fetch time) as its timestamp. The producer is
 * idempotent with acks=all, so retries never duplicate or reorder a partition.
 */
public final class ArticlePublisher implements ArticleSink, AutoCloseable {
    /** What publishing one article did. */
    public record Publication(String id, ContentHashStore.Change change) {
    }

    private final Producer<String, RawArticle> producer;
    private final String topic;
    private final ContentHashStore hashes;
    private final LanguageDetector languages;
    private final IngestSummary summary;
    private final Clock clock;
    private final boolean force;

    /**
     * @param force publish even articles whose content is unchanged (replaying into a fresh topic
     *              that shares a state directory)
     */
    public ArticlePublisher(Producer<String, RawArticle> producer, String topic, ContentHashStore hashes,
                            LanguageDetector languages, IngestSummary summary, Clock clock, boolean force) {
        this.producer = producer;
        this.topic = topic;
        this.hashes = hashes;
        this.languages = languages;
        this.summary = summary;
        this.clock = clock;
        this.force = force;
    }

    /** A publisher with its own Kafka producer writing values with {@code valueSerializer}. */
    public static ArticlePublisher create(String bootstrapServers, Serializer<RawArticle> valueSerializer, String topic,
                                          ContentHashStore hashes, LanguageDetector languages, IngestSummary summary, boolean force) {
        return create(bootstrapServers, Map.of(), valueSerializer, topic, hashes, languages, summary, force);
    }

    /** The same, with client settings (security, SASL, timeouts) from {@link KafkaClientEnvironment}. */
    public static ArticlePublisher create(String bootstrapServers, Map<String, String> clientProperties, Serializer<RawArticle> valueSerializer,
                                          String topic, ContentHashStore hashes, LanguageDetector languages, IngestSummary summary, boolean force) {
        Producer<String, RawArticle> producer = new KafkaProducer<>(producerConfig(bootstrapServers, clientProperties),
                new StringSerializer(), valueSerializer);
        return new ArticlePublisher(producer, topic, hashes, languages, summary, Clock.systemUTC(), force);
    }

    public static Map<String, Object> producerConfig(String bootstrapServers) {
        return producerConfig(bootstrapServers, Map.of());
    }

    /**
     * While the broker is away, a send waits for it up to {@code max.block.ms} (1 min by default;
     * {@code KAFKA_MAX_BLOCK_MS}), and records wait in the producer's buffer and are retried until
     * {@code delivery.timeout.ms} (2 min; {@code KAFKA_DELIVERY_TIMEOUT_MS}): the bounds after which
     * an article is reported as failed in the summary.
     */
    public static Map<String, Object> producerConfig(String bootstrapServers, Map<String, String> clientProperties) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        // Articles are a few KB: batch them for throughput; 20 ms is nothing next to a feed interval.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "storywire-ingest");
        config.putAll(clientProperties);
        // Never loosened by configuration: retries must not duplicate or reorder, and an
        // acknowledged article must be on every in-sync replica.
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // One request in flight: a new producer's first request to a partition that is still loading
        // (a broker starting) fails and is retried; a second request sent meanwhile lands first, the
        // broker takes its sequence as the producer's start, and rejects the first until it expires
        // (KAFKA-15591, fixed in Kafka 4.5). Seen here as articles lost after a broker restart.
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return config;
    }

    @Override
    public void accept(IncomingArticle article) {
        publish(article);
    }

    @Override
    public void reject(String where, String reason) {
        summary.failed(where, reason);
    }

    /**
     * Publishes the article unless its content is unchanged. The future completes when the broker
     * has the record (or at once when there was nothing to send) and fails with the reason; either
     * way the summary counts it.
     */
    public CompletableFuture<Publication> publish(IncomingArticle article) {
        String where = article.feed() != null ? article.feed() : article.source();
        if (article.body() == null || article.body().isBlank()) {
            String named = article.id() != null ? article.id() : article.url();
            summary.failed(named == null || where.endsWith(named) ? where : where + " (" + named + ")", "empty body");
            return CompletableFuture.failedFuture(new IllegalArgumentException("empty body"));
        }
        String hash = ContentHash.of(article.outlet(), article.title(), article.body());
        String id = ArticleIds.of(article, hash);
        String previous = hashes.get(id);
        ContentHashStore.Change change = hashes.propose(id, hash);
        if (change == ContentHashStore.Change.UNCHANGED && !force) {
            summary.unchanged();
            return CompletableFuture.completedFuture(new Publication(id, change));
        }
        Instant fetched = article.fetched() != null ? article.fetched() : clock.instant();
        RawArticle value = toRawArticle(article, id, hash, fetched);
        long timestamp = recordTime(article.published() == null ? null : article.published().instant(), fetched, clock.instant());
        CompletableFuture<Publication> result = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, null, timestamp, id, value), (metadata, error) -> {
                if (error != null) {
                    hashes.withdraw(id, hash, previous);
                    summary.failed(where + " (" + id + ")", "not published: " + error.getMessage());
                    result.completeExceptionally(error);
                    return;
                }
                hashes.confirm(id, hash);
                hashes.acknowledged(metadata.partition(), metadata.offset());
                if (change == ContentHashStore.Change.NEW) {
                    summary.published();
                } else {
                    summary.updated();
                }
                result.complete(new Publication(id, change));
            });
        } catch (RuntimeException e) {
            hashes.withdraw(id, hash, previous);
            summary.failed(where + " (" + id + ")", "not published: " + e.getMessage());
            result.completeExceptionally(e);
        }
        return result;
    }

    private RawArticle toRawArticle(IncomingArticle article, String id, String hash, Instant fetched) {
        String language = article.language() != null ? article.language() : languages.detect(article.body());
        return RawArticle.newBuilder()
                .setId(id)
                .setSource(article.source())
                .setOutlet(article.outlet())
                .setUrl(article.url())
                .setTitle(article.title())
                .setBody(article.body())
                .setLanguage(language)
                .setPublished(article.published() == null ? null : article.published().instant())
                .setPublishedPrecision(article.published() == null ? TimePrecision.UNKNOWN : article.published().precision())
                .setFetched(fetched)
                .setContentHash(hash)
                .setFeed(article.feed())
                .build();
    }

    /** Retracts an article: a tombstone for its id. Completes when the broker has it. */
    public CompletableFuture<Void> retract(String id) {
        String key = ArticleIds.normalise(id);
        CompletableFuture<Void> result = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic, null, clock.millis(), key, (RawArticle) null), (metadata, error) -> {
            if (error != null) {
                summary.failed(key, "not retracted: " + error.getMessage());
                result.completeExceptionally(error);
            } else {
                hashes.retract(key);
                hashes.acknowledged(metadata.partition(), metadata.offset());
                summary.retracted();
                result.complete(null);
            }
        });
        return result;
    }

    /** Waits until everything sent so far is acknowledged and its hash persisted. */
    public void flush() {
        producer.flush();
        hashes.flush();
    }

    @Override
    public void close() {
        flush();
        producer.close();
    }

    /**
     * The record's time: the publication time, else the fetch time, but never later than now. A feed that gets its
     * time zone wrong dates items hours ahead, and a broker rejects a record dated further ahead than its
     * {@code message.timestamp.after.max.ms} (one hour by default since Kafka 4.0): the article would be lost. The
     * stated publication time stays in the record's value.
     */
    static long recordTime(Instant published, Instant fetched, Instant now) {
        long time = published != null && published.toEpochMilli() >= 0 ? published.toEpochMilli() : fetched.toEpochMilli();
        return Math.min(time, now.toEpochMilli());
    }
}
