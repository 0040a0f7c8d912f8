package org.storywire.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.config.StorywireConfig.Setting;
import org.storywire.ingest.ArticlePublisher;
import org.storywire.ingest.ContentHashStore;
import org.storywire.ingest.IngestSummary;
import org.storywire.ingest.PublishedState;
import org.storywire.ingest.RawTopic;
import org.storywire.ingest.article.ArticleSink;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.analyse.LanguageDetector;
import org.storywire.ingest.files.ArticleFiles;
import org.storywire.platform.DataDirLock;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.PortCheck;
import org.storywire.platform.registry.EmbeddedSchemaRegistry;
import org.storywire.processor.ProcessCommand;
import org.storywire.processor.ProcessorApp;
import org.storywire.lifecycle.Shutdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The one-command demo: a real Kafka broker and schema registry in this JVM, the processor with
 * its API, and a corpus ingested over time, with a table of stories in the terminal.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run everything on the embedded platform: broker, registry, processor, API, and a sample corpus arriving over time.")
final class DemoCommand implements Callable<Integer> {
    static final String REGISTRY_TOKEN_ENV = "STORYWIRE_REGISTRY_TOKEN";

    @Option(names = "--articles", description = "Folder or file of articles to ingest (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("samples", "articles.jsonl");

    @Option(names = "--port", description = "HTTP port of the API and the live page (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--once", description = "Ingest everything at once, wait until it is processed, print the stories and exit.")
    boolean once;

    @Option(names = "--pace", description = "Seconds over which the articles arrive, in publication order (default: ${DEFAULT-VALUE}).")
    double paceSeconds = 30;

    /** Within this, every part has stopped or the JVM exits anyway. */
    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(30);

    @Option(names = "--data", description = "Data directory: the broker's log, state stores, ingest state (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("data");

    @Option(names = "--kafka-port", description = "Broker port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int kafkaPort = 9092;

    @Option(names = "--registry-port", description = "Schema registry port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int registryPort = 8081;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address the API and live page listen on; 0.0.0.0 for every interface (else STORYWIRE_HTTP_BIND, default 127.0.0.1).")
    String bind;

    @Option(names = "--registry-bind", paramLabel = "ADDRESS", defaultValue = "${env:STORYWIRE_REGISTRY_BIND:-127.0.0.1}",
            description = "Address the schema registry listens on (env STORYWIRE_REGISTRY_BIND; default: ${DEFAULT-VALUE})."
                    + " With STORYWIRE_REGISTRY_TOKEN set, schema changes need that token.")
    String registryBind;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(articles)) {
            System.err.println("demo: no articles at " + articles.toAbsolutePath() + " (use --articles DIR)");
            return 2;
        }
        long start = System.nanoTime();
        Optional<String> registryToken = Optional.ofNullable(System.getenv(REGISTRY_TOKEN_ENV)).filter(t -> !t.isBlank());
        Shutdown shutdown = Shutdown.onSignal(SHUTDOWN_BOUND, System.err);
        ProcessorApp app;
        EmbeddedPlatform platform;
        try {
            platform = startPlatform(shutdown, registryToken);
            app = startProcessor(config(platform, registryToken));
            shutdown.add("processor", app);
        } catch (RuntimeException e) {
            shutdown.now();
            throw e;
        }
        System.out.printf("storywire demo up in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        System.out.printf("  Kafka broker:    %s%n", platform.bootstrapServers());
        System.out.printf("  Schema registry: %s%n", platform.registryUrl());
        System.out.printf("  API, live page:  %s://%s:%d%n", app.config().serverKeystore().isPresent() ? "https" : "http",
                app.config().httpBind(), app.apiPort());
        System.out.printf("  Data directory:  %s%n", dataDir.toAbsolutePath());

        StoryTable table = new StoryTable(app.streams(), System.out, start);
        table.start();
        shutdown.add("story table", table::stop);
        List<IncomingArticle> corpus = read(articles);
        System.out.printf("Ingesting %d articles from %s%s%n", corpus.size(), articles,
                once ? "" : String.format(" over %.0f s", paceSeconds));
        ingest(corpus, platform, app.config(), shutdown);
        if (shutdown.isStopping()) {
            shutdown.await();
            return 0;
        }
        if (once) {
            awaitProcessed(app);
            table.stop();
            table.printFinal();
            shutdown.now();
            return 0;
        }
        System.out.println("All articles ingested; the processor keeps running. Press Ctrl+C to stop.");
        shutdown.await();
        return 0;
    }

    /**
     * Locks the data directory before anything touches it, then checks every port, then starts
     * broker and registry: a second demo is refused with one line and leaves the first one's files alone.
     */
    private EmbeddedPlatform startPlatform(Shutdown shutdown, Optional<String> registryToken) {
        DataDirLock lock = DataDirLock.acquire(dataDir, DataDirLock.thisProcess(
                "demo on --kafka-port " + kafkaPort + ", --registry-port " + registryPort + ", --port " + port));
        shutdown.add("data directory lock", lock);
        PortCheck.requireFree(kafkaPort, "--kafka-port");
        PortCheck.requireFree(registryPort, "--registry-port");
        PortCheck.requireFree(port, "--port");
        EmbeddedPlatform platform = EmbeddedPlatform.start(dataDir, kafkaPort, registryBind, registryPort,
                new EmbeddedSchemaRegistry.Protection(registryToken, Optional.empty()));
        shutdown.add("broker and registry", platform);
        return platform;
    }

    private ProcessorApp startProcessor(StorywireConfig config) {
        try {
            return ProcessorApp.start(config, ProcessCommand.serdeFactory(config));
        } catch (RuntimeException e) {
            throw PortCheck.isBindFailure(e) ? PortCheck.inUse(port, "--port", e) : e;
        }
    }

    /** The processor's configuration; with a registry token, its registry clients authenticate with it. */
    private StorywireConfig config(EmbeddedPlatform platform, Optional<String> registryToken) {
        Map<Setting, String> o = new EnumMap<>(Setting.class);
        o.put(Setting.SCHEMA_REGISTRY_URL, platform.registryUrl());
        o.put(Setting.HTTP_PORT, String.valueOf(port));
        o.put(Setting.HTTP_HOST, "localhost");
        if (bind != null) o.put(Setting.HTTP_BIND, bind);
        o.put(Setting.STATE_DIR, dataDir.resolve("streams").toString());
        Map<String, String> env = new HashMap<>(System.getenv());
        registryToken.ifPresent(token -> {
            env.putIfAbsent("KAFKA_BASIC_AUTH_CREDENTIALS_SOURCE", "USER_INFO");
            env.putIfAbsent("KAFKA_BASIC_AUTH_USER_INFO", "storywire:" + token);
        });
        return StorywireConfig.from(env, new java.util.Properties()).with(o, platform.bootstrapServers());
    }

    /** All articles of the folder or file, oldest first: the order a live feed would bring them in. */
    static List<IncomingArticle> read(Path source) throws java.io.IOException {
        List<IncomingArticle> result = new ArrayList<>();
        ArticleSink sink = ArticleSink.into(result, (where, reason) -> System.err.printf("skipped %s: %s%n", where, reason));
        ArticleFiles files = new ArticleFiles(50L * 1024 * 1024);
        Path root = Files.isDirectory(source) ? source : source.toAbsolutePath().getParent();
        for (Path file : Files.isDirectory(source) ? ArticleFiles.list(source) : List.of(source.toAbsolutePath())) {
            files.read(root, file, sink);
        }
        result.sort(Comparator.comparing((IncomingArticle a) -> a.published() == null ? null : a.published().instant(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(IncomingArticle::id));
        return result;
    }

    /** Ingest is the first part to stop: a stop waits for the article being sent, then the loop ends. */
    private void ingest(List<IncomingArticle> corpus, EmbeddedPlatform platform, StorywireConfig config, Shutdown shutdown) throws Exception {
        CountDownLatch ingested = new CountDownLatch(1);
        shutdown.add("ingest", () -> ingested.await(SHUTDOWN_BOUND.toSeconds(), TimeUnit.SECONDS));
        try {
            publish(corpus, platform, config, shutdown);
        } catch (Exception e) {
            if (!shutdown.isStopping()) throw e; // a send cut short by the stop is no error
        } finally {
            ingested.countDown();
        }
    }

    /** Publishes the corpus at the demo's pace, until done or until the demo is stopping. */
    private void publish(List<IncomingArticle> corpus, EmbeddedPlatform platform, StorywireConfig config, Shutdown shutdown) throws Exception {
        String topic = config.topics().articlesRaw();
        RawTopic.ensure(platform.bootstrapServers(), topic, config.partitions());
        long pauseMillis = once || corpus.isEmpty() ? 0 : (long) (paceSeconds * 1000 / corpus.size());
        var serde = ProcessCommand.serdeFactory(config).valueSerde(RawArticle.class);
        try (ContentHashStore hashes = PublishedState.open(platform.bootstrapServers(), Map.of(), dataDir.resolve("ingest"), topic,
                     serde.deserializer(), new PrintWriter(System.err, true));
             ArticlePublisher publisher = ArticlePublisher.create(platform.bootstrapServers(), serde.serializer(), topic,
                     hashes, LanguageDetector.create(), new IngestSummary(), false)) {
            for (IncomingArticle article : corpus) {
                if (shutdown.isStopping()) break;
                publisher.publish(article).get();
                if (pauseMillis > 0) Thread.sleep(pauseMillis);
            }
            publisher.flush();
        }
    }

    private static void awaitProcessed(ProcessorApp app) throws Exception {
        StorywireConfig config = app.config();
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", config.bootstrapServers()))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                if (app.settled(admin)) return;
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the processor did not catch up within 10 minutes");
    }
}
