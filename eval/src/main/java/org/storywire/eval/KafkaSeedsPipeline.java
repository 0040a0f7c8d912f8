package org.storywire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.storywire.avro.RawArticle;
import org.storywire.avro.Statement;
import org.storywire.config.StorywireConfig;
import org.storywire.ingest.ArticlePublisher;
import org.storywire.ingest.ContentHashStore;
import org.storywire.ingest.IngestSummary;
import org.storywire.ingest.RawTopic;
import org.storywire.ingest.article.ArticleSink;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.analyse.LanguageDetector;
import org.storywire.ingest.files.ArticleFiles;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.processor.ConsumerLag;
import org.storywire.processor.ProcessCommand;
import org.storywire.processor.ProcessorApp;
import org.storywire.story.StoryKey;
import org.storywire.story.StoryStatus;
import org.storywire.topology.AvroMapping;
import org.storywire.topology.SerdeFactory;

/**
 * {@code eval seeds --through-kafka}: every run ingests the articles through {@code articles.raw} of
 * a real embedded broker and registry, lets a processor instance process them, and reads back the
 * statements topic and the stories through the query API.
 */
public final class KafkaSeedsPipeline implements SeedsPipeline {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path dataDir;
    private final EmbeddedPlatform platform;
    private int runs;

    private KafkaSeedsPipeline(Path dataDir, EmbeddedPlatform platform) {
        this.dataDir = dataDir;
        this.platform = platform;
    }

    /** Starts an embedded broker and registry in a temporary directory, for the runs to come. */
    public static KafkaSeedsPipeline start() {
        try {
            Path dir = Files.createTempDirectory("storywire-eval");
            return new KafkaSeedsPipeline(dir, EmbeddedPlatform.start(dir, 0, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Run run(Path directory, List<String> articleIds) {
        String prefix = "eval-" + (++runs);
        try {
            StorywireConfig config = config(prefix, freePort());
            SerdeFactory serdes = ProcessCommand.serdeFactory(config);
            try (ProcessorApp app = ProcessorApp.start(config, serdes)) {
                if (!app.awaitRunning(Duration.ofMinutes(2))) throw new IllegalStateException("processor did not start");
                publish(directory, articleIds, config, serdes);
                awaitCaughtUp(config);
                Map<String, String> storyOfStatement = new HashMap<>();
                Map<String, List<org.storywire.extract.Statement>> statements = readStatements(config, serdes, storyOfStatement);
                return new Run(statements, outcome(storyOfStatement, statuses(app.apiPort())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("run " + prefix + " failed: " + e.getMessage(), e);
        }
    }

    private StorywireConfig config(String prefix, int port) {
        return StorywireConfig.from(StorywireConfig.isolatedEnvironment(platform.bootstrapServers(), platform.registryUrl(),
                prefix, dataDir.resolve(prefix), port), new Properties());
    }

    /** The articles through the ingest publisher, in the order given, as a feed would bring them. */
    private void publish(Path directory, List<String> articleIds, StorywireConfig config, SerdeFactory serdes) throws Exception {
        String topic = config.topics().articlesRaw();
        RawTopic.ensure(platform.bootstrapServers(), topic, config.partitions());
        List<IncomingArticle> articles = new ArrayList<>();
        ArticleSink sink = ArticleSink.into(articles, (where, reason) -> {
            throw new IllegalArgumentException(where + ": " + reason);
        });
        ArticleFiles files = new ArticleFiles(50L * 1024 * 1024);
        for (String id : articleIds) files.read(directory, directory.resolve(id), sink);
        try (ContentHashStore hashes = ContentHashStore.open(dataDir.resolve(config.applicationId() + "-ingest"), topic);
             ArticlePublisher publisher = ArticlePublisher.create(platform.bootstrapServers(),
                     serdes.valueSerde(RawArticle.class).serializer(), topic, hashes, LanguageDetector.create(), new IngestSummary(), true)) {
            for (IncomingArticle article : articles) publisher.publish(article).get();
            publisher.flush();
        }
    }

    private void awaitCaughtUp(StorywireConfig config) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            Set<String> inputs = Set.of(config.topics().articlesRaw(), config.topics().statements());
            while (ConsumerLag.of(admin, config.applicationId(), inputs) > 0) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("processor did not catch up");
                Thread.sleep(100);
            }
        }
    }

    /** Every statement on the statements topic (committed ones only), per article in article order. */
    private Map<String, List<org.storywire.extract.Statement>> readStatements(StorywireConfig config, SerdeFactory serdes,
                                                                              Map<String, String> storyOfStatement) {
        Map<String, List<org.storywire.extract.Statement>> byArticle = new TreeMap<>();
        try (KafkaConsumer<String, Statement> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), serdes.valueSerde(Statement.class).deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(config.topics().statements()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, Statement> r : consumer.poll(Duration.ofMillis(200))) {
                    Statement s = r.value();
                    if (s == null || s.getRetracted()) continue;
                    byArticle.computeIfAbsent(s.getArticleId(), k -> new ArrayList<>()).add(AvroMapping.fromAvro(s));
                    storyOfStatement.put(s.getArticleId() + "#" + s.getOrdinal(), s.getStoryId());
                }
            }
        }
        byArticle.values().forEach(list -> list.sort(Comparator.comparingInt(org.storywire.extract.Statement::ordinal)));
        return byArticle;
    }

    /** story id -> status, every page of {@code GET /api/stories}. */
    private static Map<String, StoryStatus> statuses(int port) throws IOException, InterruptedException {
        Map<String, StoryStatus> result = new TreeMap<>();
        String cursor = null;
        do {
            String uri = "http://127.0.0.1:" + port + "/api/stories?limit=500" + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) throw new IllegalStateException(uri + " answered " + response.statusCode());
            JsonNode page = ProcessorApp.json().readTree(response.body());
            page.get("items").forEach(item -> result.put(item.get("id").asText(), StoryStatus.valueOf(item.get("status").asText())));
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return result;
    }

    /**
     * A statement's story as published: its own, or, for a response naming no report that its family
     * folded into the family's only reported story (see StoryFamily), that story.
     */
    private static StoryScoring.Outcome outcome(Map<String, String> storyOfStatement, Map<String, StoryStatus> published) {
        return new StoryScoring.Outcome() {
            @Override
            public Optional<String> storyOf(String articleId, int ordinal) {
                String own = storyOfStatement.get(articleId + "#" + ordinal);
                if (own == null || published.containsKey(own)) return Optional.ofNullable(own);
                String reportPrefix = StoryKey.familyOf(own) + StoryKey.SOURCE_SEPARATOR;
                List<String> reported = published.keySet().stream().filter(id -> id.startsWith(reportPrefix)).toList();
                return Optional.of(reported.size() == 1 ? reported.get(0) : own);
            }

            @Override
            public Optional<StoryStatus> status(String storyId) {
                return Optional.ofNullable(published.get(storyId));
            }
        };
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        platform.close();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
