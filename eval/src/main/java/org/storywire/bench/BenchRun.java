package org.storywire.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.ingest.ArticlePublisher;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.processor.ConsumerLag;
import org.storywire.processor.ProcessCommand;
import org.storywire.processor.ProcessorApp;

/**
 * What the sections of one {@code storywire bench} share: its results and table, its temporary directory, the
 * embedded broker and registry once a section needs them, and the plumbing every broker section uses (an isolated
 * processor configuration per run, publishing like ingest, waiting until a processor has caught up).
 */
final class BenchRun implements AutoCloseable {
    // Far enough back that a million articles 30 s apart end in the past: the broker refuses
    // timestamps more than an hour ahead of its clock (message.timestamp.after.max.ms).
    static final Instant LOG_START = Instant.parse("2020-01-01T00:00:00Z");
    static final Duration LOG_SPACING = Duration.ofSeconds(30);

    private final AtomicInteger runs = new AtomicInteger();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String[]> table = new ArrayList<>();
    private final Map<String, String> streamsSettings;
    private final Path dataDir;
    private EmbeddedPlatform platform;

    /** {@code streamsSettings}: Kafka Streams settings for every processor the bench starts. */
    BenchRun(Map<String, String> streamsSettings) throws IOException {
        this.streamsSettings = streamsSettings;
        this.dataDir = Files.createTempDirectory("storywire-bench");
    }

    void startPlatform() throws Exception {
        progress("starting the embedded broker and registry");
        platform = EmbeddedPlatform.start(dataDir.resolve("platform"), 0, 0);
    }

    String bootstrapServers() {
        return platform.bootstrapServers();
    }

    /** A fresh number for each run, so that no two share topics, stores or article ids. */
    int nextRun() {
        return runs.incrementAndGet();
    }

    /** Section name to its figures, in the order the sections ran: the JSON the bench writes. */
    Map<String, Object> results() {
        return results;
    }

    /** The rows {@link #row} added: section, what, figures. */
    List<String[]> table() {
        return table;
    }

    @Override
    public void close() throws IOException {
        if (platform != null) platform.close();
        deleteRecursively(dataDir);
    }

    StorywireConfig config(String name, String guarantee) {
        String prefix = "bench-" + name + "-" + runs.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        Map<String, String> env = StorywireConfig.isolatedEnvironment(
                platform == null ? "localhost:9092" : platform.bootstrapServers(),
                platform == null ? "http://localhost:8081" : platform.registryUrl(),
                prefix, dataDir.resolve("streams").resolve(prefix), freePort());
        env.put("STORYWIRE_PROCESSING_GUARANTEE", guarantee);
        // Progress is read off committed offsets, and at-least-once commits every 30 s by default: its
        // end-to-end figure was that cadence (1,000 articles "in 29 s" in every run, whatever the code).
        // Exactly-once's 100 ms measures processing; --streams-setting still overrides it.
        if (guarantee.equals("at_least_once")) env.put("KAFKA_COMMIT_INTERVAL_MS", "100");
        streamsSettings.forEach((key, value) -> env.put("KAFKA_" + key.toUpperCase(Locale.ROOT).replace('.', '_'), value));
        return StorywireConfig.from(env, new Properties());
    }

    static ProcessorApp startProcessor(StorywireConfig config) throws InterruptedException {
        ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config));
        if (!app.awaitRunning(Duration.ofMinutes(2))) {
            app.close();
            throw new IllegalStateException("processor did not reach RUNNING");
        }
        return app;
    }

    KafkaProducer<String, RawArticle> articleProducer(StorywireConfig config) {
        Map<String, Object> props = ArticlePublisher.producerConfig(platform.bootstrapServers());
        props.put("client.id", "storywire-bench");
        return new KafkaProducer<>(props, new StringSerializer(), ProcessCommand.serdeFactory(config).valueSerde(RawArticle.class).serializer());
    }

    /** Publishes like ingest does (idempotent, acks=all, zstd), keyed by id, timestamped with the publication time. */
    void publish(StorywireConfig config, List<RawArticle> articleSet) {
        AtomicInteger refused = new AtomicInteger();
        AtomicReference<Exception> firstRefusal = new AtomicReference<>();
        try (KafkaProducer<String, RawArticle> producer = articleProducer(config)) {
            for (RawArticle a : articleSet) {
                producer.send(new ProducerRecord<>(config.topics().articlesRaw(), null, a.getPublished().toEpochMilli(), a.getId(), a),
                        (metadata, e) -> {
                            if (e != null && refused.getAndIncrement() == 0) firstRefusal.set(e);
                        });
            }
        }
        // A figure over fewer articles than it names would be wrong, not just low.
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " of " + articleSet.size() + " articles were not published", firstRefusal.get());
        }
    }

    /** Seconds from {@code startNanos} until the application's lag on all its inputs is 0 and it has produced updates. */
    double awaitCaughtUp(ProcessorApp app, long startNanos) throws Exception {
        StorywireConfig config = app.config();
        long lastProgress = System.nanoTime();
        long waitStart = System.nanoTime();
        long firstLag = -1;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers(), "client.id", LagProbe.CLIENT_ID))) {
            long total = ConsumerLag.endOffsets(admin, config.topics().articlesRaw());
            while (true) {
                long articleLag = ConsumerLag.of(admin, config.applicationId(), Set.of(config.topics().articlesRaw()));
                if (firstLag < 0) firstLag = articleLag;
                // Every hop: the fold's statements and event assignment's article signatures (one partition, one task).
                if (articleLag == 0 && app.streams().state() == KafkaStreams.State.RUNNING
                        && ConsumerLag.of(admin, config.applicationId(), Set.of(config.topics().statements())) == 0
                        && ConsumerLag.of(admin, config.applicationId(), Set.of(config.topics().articleSignatures())) == 0
                        && ConsumerLag.endOffsets(admin, config.topics().storyUpdates()) > 0) {
                    return (System.nanoTime() - startNanos) / 1e9;
                }
                if (System.nanoTime() - lastProgress > 10_000_000_000L) {
                    // Event assignment is one task behind extraction: its own progress, markers included in both offsets.
                    long signatures = ConsumerLag.endOffsets(admin, config.topics().articleSignatures());
                    long signatureLag = ConsumerLag.of(admin, config.applicationId(), Set.of(config.topics().articleSignatures()));
                    progress(String.format("  %d/%d articles processed; article-signatures %d/%d offsets assigned",
                            total - articleLag, total, signatures - signatureLag, signatures));
                    lastProgress = System.nanoTime();
                }
                Thread.sleep(LagProbe.pauseMillis(articleLag, firstLag - articleLag, (System.nanoTime() - waitStart) / 1e9));
            }
        }
    }

    BrokerWrites brokerWrites(StorywireConfig config) throws Exception {
        try (Admin admin = admin()) {
            return BrokerWrites.now(admin, platform.bootstrapServers(), config);
        }
    }

    long endOffsets(String topic) throws Exception {
        try (Admin admin = admin()) {
            return ConsumerLag.endOffsets(admin, topic);
        }
    }

    Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()));
    }

    static List<RawArticle> generate(List<BenchCorpus.SourceText> texts, int count, String runId) {
        return BenchCorpus.generate(texts, count, runId, LOG_START, LOG_SPACING);
    }

    static long bodyBytes(List<RawArticle> articleSet) {
        return articleSet.stream().mapToLong(a -> a.getBody().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    /** The checkout this command runs from (app/target/classes -> ../../..), else the working directory. */
    static Path repositoryRoot() {
        try {
            Path classes = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = classes.getParent().getParent().getParent();
            if (Files.isDirectory(root.resolve("samples"))) return root;
        } catch (Exception e) {
            // not run from target/classes: the working directory is the checkout
        }
        return Path.of("").toAbsolutePath();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void row(String section, String what, String format, Object... args) {
        String[] r = {section, what, String.format(format, args)};
        table.add(r);
        progress(String.join(" | ", r));
    }

    void printTable() {
        int a = table.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int b = table.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        for (String[] r : table) System.out.printf("%-" + a + "s  %-" + b + "s  %s%n", r[0], r[1], r[2]);
    }

    static void progress(String message) {
        System.err.println("bench: " + message);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
