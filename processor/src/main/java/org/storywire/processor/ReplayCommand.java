package org.storywire.processor;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.storywire.config.StorywireConfig;
import org.storywire.config.StorywireConfig.Setting;
import org.storywire.query.StoryFilter;
import org.storywire.story.StoryState;
import org.storywire.topology.TimeWindow;
import org.storywire.topology.TopologyNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code storywire replay}: rebuilds every derived topic and store from {@code articles.raw} under a
 * fresh application id, into topics of its own ({@code <app-id>.statements}, ...), so the live
 * application and its outputs are left alone. Reports progress and when it has caught up.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Rebuild stories from articles.raw under a fresh application id, with progress; report when caught up.")
public final class ReplayCommand implements Callable<Integer> {
    @Option(names = "--from", description = "Only articles with event time at or after this ISO-8601 time.")
    String from;

    @Option(names = "--to", description = "Only articles with event time before this ISO-8601 time.")
    String to;

    @Mixin
    ConfigOptions options;

    @Option(names = "--serve", description = "Keep running and serving the API after catching up.")
    boolean serve;

    @Override
    public Integer call() throws Exception {
        TimeWindow window = new TimeWindow(from == null ? null : StoryFilter.parseInstant("--from", from),
                to == null ? null : StoryFilter.parseInstant("--to", to));
        String appId = options.applicationId != null ? options.applicationId
                : "storywire-replay-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        StorywireConfig live = options.configure(Map.of());
        // Not the live application's port: both run side by side.
        StorywireConfig config = replayConfig(live, appId, options.port != null ? options.port : 8090);
        System.out.printf("replay %s: %s -> %s.* (window %s .. %s)%n", appId, config.topics().articlesRaw(), appId,
                from == null ? "start" : from, to == null ? "end" : to);
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config), window)) {
            Result result = awaitCaughtUp(app, Duration.ofHours(24));
            System.out.printf("replay %s caught up: %d articles in %.1f s (%.0f articles/s); %d stories %s%n",
                    appId, result.articles(), result.seconds(), result.articles() / Math.max(result.seconds(), 0.001),
                    result.statusCounts().values().stream().mapToInt(Integer::intValue).sum(), result.statusCounts());
            if (serve) {
                System.out.printf("serving the replayed stories on %s://%s:%d (Ctrl+C to stop)%n",
                        config.serverKeystore().isPresent() ? "https" : "http", config.httpBind(), app.apiPort());
                Thread.currentThread().join();
            }
        }
        return 0;
    }

    /** The live configuration, re-pointed at the replay's own application id, topics and state. */
    static StorywireConfig replayConfig(StorywireConfig live, String appId, int port) {
        Map<Setting, String> o = new EnumMap<>(Setting.class);
        o.put(Setting.APPLICATION_ID, appId);
        o.put(Setting.TOPIC_STATEMENTS, appId + "." + live.topics().statements());
        o.put(Setting.TOPIC_STORIES, appId + "." + live.topics().stories());
        o.put(Setting.TOPIC_STORY_UPDATES, appId + "." + live.topics().storyUpdates());
        o.put(Setting.TOPIC_DLQ, appId + "." + live.topics().deadLetters());
        o.put(Setting.TOPIC_ARTICLE_SIGNATURES, appId + "." + live.topics().articleSignatures());
        o.put(Setting.TOPIC_EVENTS, appId + "." + live.topics().events());
        o.put(Setting.STATE_DIR, live.stateDir().resolve(appId).toString());
        o.put(Setting.HTTP_PORT, String.valueOf(port));
        return live.with(o, null).withKafkaDefault("commit.interval.ms", String.valueOf(REPLAY_COMMIT_INTERVAL_MS));
    }

    /**
     * A replay catches up on a log no one is waiting for, so it commits its transactions every second
     * instead of the live 50 ms: each exactly-once commit costs the broker a fixed amount (markers on
     * every partition the transaction wrote, offsets through the group coordinator). Back to back on
     * 1,000 articles this cut the CPU outside the stream threads, JIT and GC from 21.3 to 8.1 ms an
     * article and raised the rate from 10 to 25 articles/s (load ~20; BENCHMARKS.md, issue 16, third
     * stop). KAFKA_COMMIT_INTERVAL_MS still wins.
     */
    static final int REPLAY_COMMIT_INTERVAL_MS = 1000;

    record Result(long articles, double seconds, Map<String, Integer> statusCounts) {}

    /** Follows the replay's lag until its inputs are consumed and no signature waits for event assignment, printing progress to stderr. */
    static Result awaitCaughtUp(ProcessorApp app, Duration timeout) throws Exception {
        StorywireConfig config = app.config();
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Map<String, Object> adminConfig = new java.util.HashMap<>(config.kafkaClientProperties());
        adminConfig.put("bootstrap.servers", config.bootstrapServers());
        try (Admin admin = Admin.create(adminConfig)) {
            long total = ConsumerLag.endOffsets(admin, config.topics().articlesRaw());
            long lastPrint = 0;
            while (System.nanoTime() < deadline) {
                if (app.settled(admin)) return new Result(total, (System.nanoTime() - start) / 1e9, statusCounts(app));
                if (System.nanoTime() - lastPrint > 1_000_000_000L) {
                    long articleLag = ConsumerLag.of(admin, config.applicationId(), Set.of(config.topics().articlesRaw()));
                    System.err.printf("\rreplayed %d/%d articles", total - articleLag, total);
                    lastPrint = System.nanoTime();
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("replay did not catch up within " + timeout);
    }

    private static Map<String, Integer> statusCounts(ProcessorApp app) {
        Map<String, Integer> counts = new TreeMap<>();
        var store = app.streams().store(StoreQueryParameters.fromNameAndType(TopologyNames.STORY_STATE_STORE,
                QueryableStoreTypes.<String, StoryState>keyValueStore()));
        try (KeyValueIterator<String, StoryState> it = store.all()) {
            it.forEachRemaining(kv -> counts.merge(kv.value.status().name(), 1, Integer::sum));
        }
        System.err.println();
        return counts;
    }
}
