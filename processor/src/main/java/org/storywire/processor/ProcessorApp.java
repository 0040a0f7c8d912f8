package org.storywire.processor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.storywire.avro.EventState;
import org.storywire.avro.StoryUpdate;
import org.storywire.config.StorywireConfig;
import org.storywire.query.ApiServer;
import org.storywire.query.HtmlSafeJsonEscapes;
import org.storywire.query.DtoMapper;
import org.storywire.query.StoryQueryService;
import org.storywire.query.UpdateFeed;
import io.micrometer.core.instrument.Timer;
import org.storywire.topology.ArticleAnalyzer;
import org.storywire.topology.SerdeFactory;
import org.storywire.topology.StorywireTopology;
import org.storywire.topology.TopicProvisioner;
import org.storywire.topology.TopologyNames;
import org.storywire.topology.TimeWindow;
import org.storywire.topology.Topics;
import org.storywire.topology.StreamsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running processor instance: the Kafka Streams application, the update feed and the API.
 * Built from configuration alone, so that the CLI, the demo and the tests start it the same way.
 */
public final class ProcessorApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessorApp.class);

    private final StorywireConfig config;
    private final KafkaStreams streams;
    private final ApiServer.Feeds feeds;
    private final Alerting alerting;
    private final ApiServer api;
    private final PrometheusMeterRegistry metrics;
    private final ProcessorMetrics processorMetrics;

    private ProcessorApp(StorywireConfig config, KafkaStreams streams, ApiServer.Feeds feeds, Alerting alerting, ApiServer api,
                         PrometheusMeterRegistry metrics, ProcessorMetrics processorMetrics) {
        this.config = config;
        this.streams = streams;
        this.feeds = feeds;
        this.alerting = alerting;
        this.api = api;
        this.metrics = metrics;
        this.processorMetrics = processorMetrics;
    }

    /** The API's JSON: ISO-8601 times, and no markup characters verbatim (see {@link HtmlSafeJsonEscapes}). */
    public static ObjectMapper json() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.getFactory().setCharacterEscapes(new HtmlSafeJsonEscapes());
        return mapper;
    }

    public static ProcessorApp start(StorywireConfig config, SerdeFactory serdes) {
        return start(config, serdes, TimeWindow.ALL);
    }

    /** Starts an instance that takes only the articles whose event time lies in {@code window}. */
    public static ProcessorApp start(StorywireConfig config, SerdeFactory serdes, TimeWindow window) {
        LOG.info("Starting processor: {}", config);
        int articlePartitions = TopicProvisioner.ensureTopics(config);
        Topics topics = Topics.from(config.topics(), serdes);
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Timer extraction = Timer.builder("storywire.extraction").description("cleaning and extraction of one article")
                .publishPercentiles(0.5, 0.99).register(metrics);
        ProcessorMetrics processorMetrics = new ProcessorMetrics(metrics, config);
        Topology topology = StorywireTopology.build(topics, config.timelineLimit(),
                () -> processorMetrics.counting(timed(new ExtractionAnalyzer(), extraction)), window, articlePartitions);
        Properties settings = StreamsSettings.of(config);
        settings.put(StreamsSettings.DEAD_LETTER_LISTENER, (Consumer<Exception>) processorMetrics::deadLettered);
        KafkaStreams streams = new KafkaStreams(topology, settings);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        // Records in and out, dropped (dead-lettered) records and end-to-end latency come with Kafka Streams' own metrics.
        new KafkaStreamsMetrics(streams).bindTo(metrics);
        processorMetrics.watch(streams);

        ObjectMapper json = json();
        ApiServer.Feeds feeds = new ApiServer.Feeds(
                UpdateFeed.ofStories(feedConsumer(config, serdes, StoryUpdate.class), config.topics().storyUpdates()),
                UpdateFeed.ofEvents(feedConsumer(config, serdes, EventState.class), config.topics().events()));
        HostInfo self = new HostInfo(config.httpHost(), config.httpPort());
        StoryQueryService queries = new StoryQueryService(streams, self,
                (s, id, time) -> StorywireTopology.storyAsOf(s, id, time, config.timelineLimit()),
                (s, id) -> DtoMapper.precisions(StorywireTopology.familyStatements(s, id)), json, config.serverKeystore().isPresent() ? "https" : "http", config.apiToken());
        Alerting alerting = Alerting.create(config, serdes, queries, json, metrics);
        ApiServer api = new ApiServer(queries, feeds, metrics, json, config.apiToken(),
                new ApiServer.Listen(config.httpBind(), config.httpPort(), config.serverKeystore()), alerting::routes);
        // The API first: a port in use then stops the start before any stream thread runs.
        try {
            api.start();
        } catch (RuntimeException e) {
            streams.close(Duration.ZERO);
            alerting.close();
            processorMetrics.close();
            metrics.close();
            throw e;
        }
        streams.start();
        feeds.stories().start();
        feeds.events().start();
        alerting.start();
        return new ProcessorApp(config, streams, feeds, alerting, api, metrics, processorMetrics);
    }

    private static ArticleAnalyzer timed(ArticleAnalyzer analyzer, Timer timer) {
        return article -> timer.record(() -> analyzer.analyse(article));
    }

    private static <V extends SpecificRecord> KafkaConsumer<String, V> feedConsumer(
            StorywireConfig config, SerdeFactory serdes, Class<V> type) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var valueSerde = serdes.valueSerde(type);
        return new KafkaConsumer<>(props, new StringDeserializer(), valueSerde.deserializer());
    }

    /** Waits until the streams application runs (all stores restored), or the timeout passes. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (streams.state() == KafkaStreams.State.RUNNING) return true;
            Thread.sleep(50);
        }
        return false;
    }

    /**
     * Whether everything published so far is final here: the application runs, has consumed its inputs (articles.raw,
     * statements, article-signatures) and no signature waits in its merge. What replay and the demo wait for.
     */
    public boolean settled(Admin admin) throws ExecutionException, InterruptedException {
        return streams.state() == KafkaStreams.State.RUNNING
                && ConsumerLag.of(admin, config.applicationId(), Set.of(config.topics().articlesRaw(), config.topics().statements(),
                        config.topics().articleSignatures())) == 0
                && !signaturesWaiting();
    }

    /**
     * True while article signatures wait in this instance's merge for their turn (see OrderSignaturesProcessor): an
     * application caught up on its inputs still changes its events until none waits, at most the merge's quiet spell.
     */
    private boolean signaturesWaiting() {
        try {
            ReadOnlyKeyValueStore<String, Object> waiting = streams.store(StoreQueryParameters.fromNameAndType(
                    TopologyNames.SIGNATURE_ORDER_STORE, QueryableStoreTypes.keyValueStore()));
            try (KeyValueIterator<String, Object> it = waiting.all()) {
                return it.hasNext();
            }
        } catch (InvalidStateStoreException notHere) {
            return false; // the merge runs on another instance
        }
    }

    public KafkaStreams streams() {
        return streams;
    }

    public int apiPort() {
        return api.port();
    }

    public StorywireConfig config() {
        return config;
    }

    @Override
    public void close() {
        api.close();
        alerting.close();
        feeds.stories().close();
        feeds.events().close();
        // Within a command's shutdown bound, so the registry and the broker still get their turn. The
        // instance leaves the group: its partitions move to the others now, not after session.timeout.ms,
        // and `storywire reset` (refused while the group has members) works right after a stop.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(15)));
        processorMetrics.close();
        metrics.close();
        LOG.info("Processor {} stopped", config.applicationId());
    }
}
