package org.storywire.processor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.storywire.config.StorywireConfig;
import org.storywire.story.StoryState;
import org.storywire.story.StoryStatus;
import org.storywire.topology.ArticleAnalyzer;
import org.storywire.topology.TopologyNames;

/**
 * The metrics an operator reads first, next to Kafka Streams' own: lag per input topic, articles
 * and statements processed, dead letters, and stories by status.
 *
 * <p>Stories are counted by reading this instance's {@code story-state} store, one entry per
 * published story, which is what the API lists. RocksDB's {@code approximateNumEntries} (used
 * before) counts a key again for every overwrite or delete not yet compacted away: it read 125
 * where the API listed 58. Counting a store means reading it, so a count is kept for
 * {@link #SNAPSHOT_AGE} and every status gauge of one scrape shares it. Each instance counts the
 * stories it owns; summed over instances they are the API's list.
 */
final class ProcessorMetrics implements AutoCloseable {
    static final Duration SNAPSHOT_AGE = Duration.ofSeconds(2);

    private final MeterRegistry registry;
    private final Admin admin;
    private final Counter articles;
    private final Counter statements;

    ProcessorMetrics(MeterRegistry registry, StorywireConfig config) {
        this.registry = registry;
        Map<String, Object> adminConfig = new HashMap<>(config.kafkaClientProperties());
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        this.admin = Admin.create(adminConfig);
        this.articles = Counter.builder("storywire.articles.processed").description("articles cleaned and analysed").register(registry);
        this.statements = Counter.builder("storywire.statements.extracted").description("statements extracted from articles").register(registry);
        Set<String> inputs = Set.of(config.topics().articlesRaw(), config.topics().statements());
        Snapshot<Map<String, Long>> lag = new Snapshot<>(() -> inputLag(config.applicationId(), inputs));
        for (String topic : inputs) {
            Gauge.builder("storywire.input.lag", lag, l -> count(l.get(), topic)).strongReference(true).baseUnit("records").tags("topic", topic)
                    .description("records of an input topic not yet processed (committed) by the application").register(registry);
        }
    }

    /** Gauges read from the stores of {@code streams}. */
    void watch(KafkaStreams streams) {
        registerByStatus("storywire.stories", "published stories held by this instance, by status",
                List.of(StoryStatus.values()), new Snapshot<>(() -> storiesByStatus(streams)));
    }

    /**
     * One gauge per status, all read from one {@code counts} snapshot; a status missing from it
     * counts 0, an unreadable store (restoring, rebalancing) is NaN. Events by status register here too.
     * Strong references: Micrometer holds a gauge's object weakly, and nothing else holds a snapshot.
     */
    <S extends Enum<S>> void registerByStatus(String name, String description, List<S> statuses, Snapshot<Map<S, Long>> counts) {
        for (S status : statuses) {
            Gauge.builder(name, counts, c -> count(c.get(), status)).strongReference(true).tags("status", status.name())
                    .description(description).register(registry);
        }
    }

    /** Counts every article and statement {@code analyzer} produces. */
    ArticleAnalyzer counting(ArticleAnalyzer analyzer) {
        return article -> {
            ArticleAnalyzer.Analysis analysis = analyzer.analyse(article);
            articles.increment();
            statements.increment(analysis.statements().size());
            return analysis;
        };
    }

    /** A record went to the dead-letter topic; counted by the exception's type, which says why. */
    void deadLettered(Exception exception) {
        Counter.builder("storywire.dead.letters").description("records written to the dead-letter topic")
                .tags("exception", exception.getClass().getSimpleName()).register(registry).increment();
    }

    private static double count(Map<?, Long> counts, Object key) {
        return counts == null ? Double.NaN : counts.getOrDefault(key, 0L);
    }

    private Map<String, Long> inputLag(String applicationId, Set<String> topics) {
        try {
            return ConsumerLag.byTopic(admin, applicationId, topics);
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Map<StoryStatus, Long> storiesByStatus(KafkaStreams streams) {
        Map<StoryStatus, Long> counts = new EnumMap<>(StoryStatus.class);
        try (KeyValueIterator<String, StoryState> it = streams.store(StoreQueryParameters.fromNameAndType(
                TopologyNames.STORY_STATE_STORE, QueryableStoreTypes.<String, StoryState>keyValueStore())).all()) {
            it.forEachRemaining(entry -> counts.merge(entry.value.status(), 1L, Long::sum));
            return counts;
        } catch (InvalidStateStoreException | IllegalStateException notQueryable) {
            return null;
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }

    /** A value computed at most once per {@link #SNAPSHOT_AGE}; null when it could not be computed. */
    static final class Snapshot<T> {
        private final Supplier<T> compute;
        private T value;
        private long takenNanos;

        Snapshot(Supplier<T> compute) {
            this.compute = compute;
        }

        synchronized T get() {
            long now = System.nanoTime();
            if (takenNanos == 0 || now - takenNanos > TimeUnit.MILLISECONDS.toNanos(SNAPSHOT_AGE.toMillis())) {
                value = compute.get();
                takenNanos = now;
            }
            return value;
        }
    }
}
