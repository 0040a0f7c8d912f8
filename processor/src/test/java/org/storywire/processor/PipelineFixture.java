package org.storywire.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.storywire.avro.RawArticle;
import org.storywire.avro.TimePrecision;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;

/** Starts processor instances on the embedded platform with names of their own, and talks to them. */
final class PipelineFixture {
    private static final AtomicInteger RUN = new AtomicInteger();
    static final ObjectMapper JSON = ProcessorApp.json();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String bootstrapServers;
    final String registryUrl;
    final String prefix;

    PipelineFixture(EmbeddedPlatform platform, String name) {
        this(platform.bootstrapServers(), platform.registryUrl(), name);
    }

    /** On any cluster and registry: the embedded platform, or containers. */
    PipelineFixture(String bootstrapServers, String registryUrl, String name) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
        this.prefix = name + "-" + RUN.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** The configuration of one instance: shared topics and application id, its own port and state. */
    StorywireConfig config(Path stateDir, int port, Map<String, String> extra) {
        return StorywireConfig.from(env(stateDir, port, extra), new Properties());
    }

    /** The environment of one instance, for a processor started as a process of its own. */
    Map<String, String> env(Path stateDir, int port, Map<String, String> extra) {
        Map<String, String> env = StorywireConfig.isolatedEnvironment(bootstrapServers, registryUrl, prefix, stateDir, port);
        env.putAll(extra);
        return env;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static List<RawArticle> sampleArticles() throws IOException {
        return org.storywire.topology.SampleArticles.load();
    }

    static RawArticle article(String id, String outlet, String url, String title, String body, String language, Instant published) {
        return org.storywire.topology.SampleArticles.article(id, outlet, url, title, body, language, published);
    }

    /** Publishes as ingest does; a record the broker did not take fails the caller instead of going missing. */
    void publish(StorywireConfig config, List<RawArticle> articles) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(producerConfig(),
                new StringSerializer(), ProcessCommand.serdeFactory(config).valueSerde(RawArticle.class).serializer())) {
            for (RawArticle a : articles) {
                long ts = a.getPublished() == null ? a.getFetched().toEpochMilli() : a.getPublished().toEpochMilli();
                sent.add(producer.send(new ProducerRecord<>(config.topics().articlesRaw(), null, ts, a.getId(), a)));
            }
        }
        for (Future<RecordMetadata> f : sent) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("an article was not published", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    void retract(StorywireConfig config, String articleId) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(config.topics().articlesRaw(), articleId, null));
        }
    }

    void publishBytes(StorywireConfig config, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(config.topics().articlesRaw(), key, value));
        }
    }

    private Map<String, Object> producerConfig() {
        // One request in flight, as ingest's producer: see ArticlePublisher.producerConfig (KAFKA-15591).
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    }

    record Response(int status, JsonNode body, String raw) {}

    static Response get(int port, String pathAndQuery) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            try {
                body = JSON.readTree(r.body());
            } catch (IOException notJson) {
                // metrics and pages are not JSON
            }
            return new Response(r.statusCode(), body, r.body());
        } catch (IOException e) {
            return new Response(-1, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The event an article joined, once assignment has it: after the processor caught up, a signature
     * may still wait for the other partitions of articles.raw, at most the merge's quiet spell
     * (see OrderSignaturesProcessor).
     */
    static String eventOf(int port, String articleId) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Response r;
        do {
            r = get(port, "/api/articles/" + java.net.URLEncoder.encode(articleId, java.nio.charset.StandardCharsets.UTF_8) + "/event");
            if (r.status() == 200) return r.body().get("eventId").asText();
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        throw new AssertionError("no event for " + articleId + " within 30 s: " + r.raw());
    }

    /**
     * Waits until each of {@code articles} has joined its event. Caught up is not yet settled: signatures may still wait
     * in the merge, and the events the API lists change when they leave it.
     */
    static void awaitEventsOf(int port, List<RawArticle> articles) throws InterruptedException {
        for (RawArticle article : articles) eventOf(port, article.getId());
    }

    /** story id -> status, from the list endpoint, all pages. */
    static Map<String, String> statuses(int port) {
        Map<String, String> result = new HashMap<>();
        String cursor = null;
        do {
            Response r = get(port, "/api/stories?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
            if (r.status() != 200) return null;
            for (JsonNode item : r.body().get("items")) result.put(item.get("id").asText(), item.get("status").asText());
            cursor = r.body().hasNonNull("nextCursor") ? r.body().get("nextCursor").asText() : null;
        } while (cursor != null);
        return result;
    }

    /** Waits until the application has consumed everything on its input topics (offsets committed with the results). */
    void awaitCaughtUp(StorywireConfig config, Duration deadline) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of("bootstrap.servers", bootstrapServers))) {
            while (System.nanoTime() < end) {
                if (ConsumerLag.of(admin, config.applicationId(), java.util.Set.of(config.topics().articlesRaw(), config.topics().statements(),
                        config.topics().articleSignatures())) == 0) return;
                Thread.sleep(200);
            }
        }
        throw new AssertionError("processor did not catch up within " + deadline);
    }
}
