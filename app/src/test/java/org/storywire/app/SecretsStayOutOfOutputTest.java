package org.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.ingest.ArticlePublisher;
import org.storywire.ingest.ContentHashStore;
import org.storywire.ingest.IngestSummary;
import org.storywire.ingest.RawTopic;
import org.storywire.analyse.LanguageDetector;
import org.storywire.ingest.http.FeedTokens;
import org.storywire.ingest.http.HttpIngestServer;
import org.storywire.ingest.http.HttpIngestSettings;
import org.storywire.platform.EmbeddedKafkaBroker;
import org.storywire.platform.registry.EmbeddedSchemaRegistry;
import org.storywire.platform.tls.SelfSignedKeystore;
import org.storywire.processor.ProcessCommand;
import org.storywire.processor.ProcessorApp;
import org.storywire.security.ServerKeystore;
import org.storywire.serde.AvroSerdes;

/**
 * Everything storywire runs with secrets configured (SASL password, registry write token, API
 * token, ingest feed tokens, keystore password), at log level INFO for Kafka too, including wrong
 * credentials and broken configuration: no log line, stdout/stderr line, {@code /metrics} line,
 * error answer or {@code --help} page contains any of the secrets.
 */
class SecretsStayOutOfOutputTest {
    private static final String SASL_PASSWORD = "sasl-Secret-4711";
    private static final String REGISTRY_TOKEN = "registry-Secret-4712";
    private static final String API_TOKEN = "api-Secret-47130000";
    private static final String FEED_TOKEN = "feed-Secret-47140000";
    private static final String KEYSTORE_PASSWORD = "keystore-Secret-4715";
    private static final List<String> SECRETS = List.of(SASL_PASSWORD, REGISTRY_TOKEN, API_TOKEN, FEED_TOKEN, KEYSTORE_PASSWORD);

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<String> answers = new ArrayList<>();
    private final Map<String, Level> levelsBefore = new HashMap<>();
    private PrintStream out;
    private PrintStream err;

    @TempDir
    Path work;

    @BeforeEach
    void capture() {
        for (String name : List.of(Logger.ROOT_LOGGER_NAME, "org.apache.kafka", "kafka", "org.storywire")) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(Level.INFO);
        }
        logged.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logged);
        out = System.out;
        err = System.err;
        System.setOut(new PrintStream(new Tee(out, console), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, console), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(out);
        System.setErr(err);
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logged);
        levelsBefore.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
    }

    @Test
    void noSecretReachesLogsMetricsErrorsOrHelp() throws Exception {
        SelfSignedKeystore keystore = SelfSignedKeystore.generate(work.resolve("server.p12"), KEYSTORE_PASSWORD);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startWithSaslPlain(work.resolve("kafka"), Map.of("storywire", SASL_PASSWORD));
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), "127.0.0.1", 0, "_schemas",
                     new EmbeddedSchemaRegistry.Protection(Optional.of(REGISTRY_TOKEN), Optional.empty()))) {
            Map<String, String> env = StorywireConfig.isolatedEnvironment(broker.saslBootstrapServers(), registry.url(), "secrets",
                    work.resolve("streams"), 0);
            env.putAll(secretEnvironment(keystore));
            StorywireConfig config = StorywireConfig.from(env, new Properties());
            HttpClient https = HttpClient.newBuilder().sslContext(keystore.trustingClientContext()).build();

            try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
                assertThat(app.awaitRunning(Duration.ofSeconds(120))).isTrue();
                String api = "https://localhost:" + app.apiPort();
                assertThat(get(https, api + "/api/stories", "Bearer " + API_TOKEN.toUpperCase()).statusCode()).isEqualTo(403);
                HttpResponse<String> stories = get(https, api + "/api/stories", "Bearer " + API_TOKEN);
                assertThat(stories.statusCode()).as(stories.body()).isEqualTo(200);
                assertThat(get(https, api + "/metrics", null).statusCode()).isEqualTo(200);
                ingestOverSasl(broker, registry, config, keystore, https);
            }
            try (KafkaProducer<String, String> wrongPassword = new KafkaProducer<>(Map.of("bootstrap.servers", broker.saslBootstrapServers(),
                    "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN", "max.block.ms", "5000",
                    "sasl.jaas.config", jaas(SASL_PASSWORD + "-wrong")), new StringSerializer(), new StringSerializer())) {
                Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                        () -> wrongPassword.send(new ProducerRecord<>("secrets.articles.raw", "k", "v")).get());
                assertThat(refused).isNotNull();
                answers.add(chain(refused));
            }
        }
        Throwable badKeystore = org.assertj.core.api.Assertions.catchThrowable(
                () -> new ServerKeystore(keystore.path(), KEYSTORE_PASSWORD + "-wrong").sslContext());
        assertThat(badKeystore).isInstanceOf(IllegalArgumentException.class);
        answers.add(chain(badKeystore));
        answers.add(helpPages(secretEnvironment(keystore)));

        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(logged.list)) {
            lines.add(event.getLoggerName() + " " + event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())));
        }
        lines.add(console.toString(StandardCharsets.UTF_8));
        lines.addAll(answers);
        // The capture itself works: these lines come from the runs above.
        assertThat(String.join("\n", lines)).contains("Starting processor", "SASL/PLAIN on", "ProducerConfig values",
                "keeping the 1 tokens read before", "Usage: storywire ingest http", "storywire_");
        for (String text : lines) {
            for (String line : text.split("\n")) {
                for (String secret : SECRETS) {
                    assertThat(line).as("a line of output").doesNotContain(secret);
                }
            }
        }
    }

    private void ingestOverSasl(EmbeddedKafkaBroker broker, EmbeddedSchemaRegistry registry, StorywireConfig config,
                                SelfSignedKeystore keystore, HttpClient https) throws Exception {
        String topic = config.topics().articlesRaw();
        Map<String, String> clients = config.kafkaClientProperties();
        RawTopic.ensure(broker.saslBootstrapServers(), clients, topic, 1);
        Map<String, Object> serde = new HashMap<>(clients);
        serde.put("schema.registry.url", registry.url());
        Path tokens = Files.writeString(work.resolve("tokens"), "wire " + FEED_TOKEN + "\n");
        try (ContentHashStore hashes = ContentHashStore.open(work.resolve("ingest"), topic);
             ArticlePublisher publisher = ArticlePublisher.create(broker.saslBootstrapServers(), clients,
                     AvroSerdes.serde(RawArticle.class, serde, false).serializer(), topic, hashes, LanguageDetector.create(),
                     new IngestSummary(), false);
             HttpIngestServer server = HttpIngestServer.start(new HttpIngestSettings("127.0.0.1", 0, 100_000,
                     Optional.of(new ServerKeystore(keystore.path(), KEYSTORE_PASSWORD)), Optional.of(FeedTokens.file(tokens)), 5), publisher)) {
            String articles = "https://localhost:" + server.port() + "/articles";
            String article = "{\"id\":\"s1\",\"body\":\"The minister said on Friday that the talks would continue.\"}";
            assertThat(post(https, articles, "Bearer " + FEED_TOKEN, article).statusCode()).isEqualTo(202);
            assertThat(post(https, articles, "Bearer " + FEED_TOKEN + "x", article).statusCode()).isEqualTo(403);
            // A broken token file is reported by line, and the token on it is not repeated.
            Files.writeString(tokens, "wire " + FEED_TOKEN + " extra\n");
            Thread.sleep(1_200);
            assertThat(post(https, articles, "Bearer " + FEED_TOKEN, article.replace("s1", "s2")).statusCode()).isEqualTo(202);
            assertThatThrownBy(() -> FeedTokens.file(tokens)).satisfies(e -> answers.add(chain(e)));
        }
    }

    private Map<String, String> secretEnvironment(SelfSignedKeystore keystore) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("KAFKA_SASL_MECHANISM", "PLAIN");
        env.put("KAFKA_SASL_JAAS_CONFIG", jaas(SASL_PASSWORD));
        env.put("KAFKA_BASIC_AUTH_CREDENTIALS_SOURCE", "USER_INFO");
        env.put("KAFKA_BASIC_AUTH_USER_INFO", "storywire:" + REGISTRY_TOKEN);
        env.put("STORYWIRE_API_TOKEN", API_TOKEN);
        env.put("STORYWIRE_INGEST_TOKEN", FEED_TOKEN);
        env.put("STORYWIRE_REGISTRY_TOKEN", REGISTRY_TOKEN);
        env.put("STORYWIRE_TLS_KEYSTORE", keystore.path().toString());
        env.put("STORYWIRE_TLS_KEYSTORE_PASSWORD", KEYSTORE_PASSWORD);
        return env;
    }

    private static String jaas(String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"storywire\" password=\"" + password + "\";";
    }

    /** Every command's --help page, printed by a JVM whose environment holds the secrets. */
    private static String helpPages(Map<String, String> env) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HelpPages.class.getName());
        builder.environment().putAll(env);
        Process process = builder.redirectErrorStream(true).start();
        String pages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(pages).isZero();
        return pages;
    }

    private HttpResponse<String> get(HttpClient client, String uri, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        if (authorization != null) request.header("Authorization", authorization);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        answers.add(response.body());
        return response;
    }

    private HttpResponse<String> post(HttpClient client, String uri, String authorization, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        answers.add(response.body());
        return response;
    }

    /** An exception's messages and stack, causes included, as a log would show it. */
    private static String chain(Throwable e) {
        java.io.StringWriter text = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    /** Writes to the real console and to the capture. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            synchronized (second) {
                second.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            synchronized (second) {
                second.write(b, off, len);
            }
        }
    }
}
