package org.storywire.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.processor.ConsumerLag;
import org.storywire.processor.ProcessCommand;
import org.storywire.processor.ProcessorApp;
import picocli.CommandLine;

/** A processor with topics of its own on the embedded platform, and the operator commands pointed at it by a --config file. */
final class OperatorFixture {
    final StorywireConfig config;
    final Path configFile;
    final int port;
    private final EmbeddedPlatform platform;

    OperatorFixture(EmbeddedPlatform platform, Path work, String name) throws IOException {
        this.platform = platform;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> env = StorywireConfig.isolatedEnvironment(platform.bootstrapServers(), platform.registryUrl(),
                name + "-" + System.nanoTime() % 100_000, work.resolve("streams"), port);
        config = StorywireConfig.from(env, new Properties());
        // The same settings as a properties file, the way an operator would point the commands at a deployment.
        Map<String, String> file = new TreeMap<>();
        env.forEach((key, value) -> file.put(key.toLowerCase(Locale.ROOT).replace("kafka_", "kafka.").replace("storywire_", "storywire.").replace('_', '.'), value));
        configFile = work.resolve("storywire.properties");
        Properties props = new Properties();
        props.putAll(file);
        try (Writer writer = Files.newBufferedWriter(configFile)) {
            props.store(writer, null);
        }
    }

    ProcessorApp startProcessor() throws InterruptedException {
        ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config));
        if (!app.awaitRunning(Duration.ofSeconds(120))) throw new AssertionError("the processor did not start");
        return app;
    }

    static RawArticle article(String id, String body) {
        return RawArticle.newBuilder().setId(id).setSource("test").setTitle("Ministerium dementiert Bericht").setOutlet("Wire")
                .setBody(body).setLanguage("de").setPublished(Instant.parse("2026-03-02T10:00:00Z"))
                .setFetched(Instant.parse("2026-03-02T10:05:00Z")).setContentHash("h-" + id).build();
    }

    byte[] serialized(RawArticle article) {
        return ProcessCommand.serdeFactory(config).valueSerde(RawArticle.class).serializer().serialize(config.topics().articlesRaw(), article);
    }

    void publish(String topic, ProducerRecord<byte[], byte[]> record) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", platform.bootstrapServers(), "acks", "all"),
                new org.apache.kafka.common.serialization.ByteArraySerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.send(record).get();
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    void awaitCaughtUp() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (ConsumerLag.of(admin, config.applicationId(), Set.of(config.topics().articlesRaw(), config.topics().statements())) > 0) {
                if (System.nanoTime() > deadline) throw new AssertionError("the processor did not catch up");
                Thread.sleep(200);
            }
        }
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? ProcessorApp.json().readTree(response.body()) : null;
    }

    record Run(int exitCode, String out, String err) {}

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = org.storywire.app.MainAccess.commandLine();
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--config", configFile.toString()))
                .toArray(String[]::new);
        int code = cli.execute(all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
