package org.storywire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.avro.TimePrecision;
import org.storywire.analyse.LanguageDetector;
import org.storywire.ingest.feed.FixtureFeedServer;
import org.storywire.ingest.http.HttpIngestServer;
import org.storywire.ingest.http.HttpIngestSettings;
import org.storywire.platform.EmbeddedKafkaBroker;
import org.storywire.platform.registry.EmbeddedSchemaRegistry;
import org.storywire.serde.AvroSerdes;
import picocli.CommandLine;

/**
 * Every source end to end through the command line into a real in-process broker, values written
 * and read back with the project's registry serde against the embedded registry. One broker for the
 * class; each test has its own topic and state directory.
 */
class IngestEndToEndTest {
    private static EmbeddedKafkaBroker broker;
    private static EmbeddedSchemaRegistry registry;

    @TempDir
    static Path brokerDir;

    @TempDir
    Path work;

    @BeforeAll
    static void startPlatform() {
        broker = EmbeddedKafkaBroker.start(brokerDir.resolve("kafka"), 0);
        registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0);
    }

    @AfterAll
    static void stopPlatform() {
        if (registry != null) {
            registry.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void filesArePublishedFaithfullyAndBadOnesReported() throws Exception {
        Path dir = work.resolve("in");
        String german = " date 2024-11 Die Reederei bestätigte am Montag, dass der Fährbetrieb wieder aufgenommen wurde. "
                + "Ein Sprecher sagte, der Anleger sei ohne größere Schäden geblieben.\n\nFoto: Hafenblatt\n";
        write(dir.resolve("2024/001_faehre.txt"), german);
        write(dir.resolve("2024/002_water.html"), "<html><head><title>County denies water shortage</title>"
                + "<meta property=\"article:published_time\" content=\"2025-03-06T09:45:30Z\"></head>"
                + "<body><p>The county's water board denied on Thursday that the reservoirs were running low.</p>"
                + "<p>A spokesperson said the report was false.</p></body></html>");
        write(dir.resolve("batch.jsonl"), "{\"id\":\"wire-7\",\"outlet\":\"Valley Ledger\",\"title\":\"Library\",\"body\":"
                + "\"The library reopened on Wednesday after eight months of renovation work, the mayor said.\",\"published\":\"2025-03-05\"}\n"
                + "{\"id\":\"wire-8\"}\n");
        write(dir.resolve("empty.txt"), "  \n\n");
        Files.write(dir.resolve("latin1.txt"), "Grüße aus Köln".getBytes(StandardCharsets.ISO_8859_1));
        write(dir.resolve("huge.txt"), "x".repeat(200_000));

        Result result = ingest("files", dir.toString(), "--max-file-size", "100KB");

        assertThat(result.exitCode).isZero();
        assertThat(result.out).startsWith("published 3, updated 0, unchanged 0, failed 4");
        assertThat(result.out).contains(dir.resolve("empty.txt") + ": empty body",
                dir.resolve("latin1.txt") + ": invalid UTF-8 at byte 2",
                dir.resolve("huge.txt") + ": file too large: 200000 bytes, limit 102400",
                dir.resolve("batch.jsonl") + ":2: no body");
        Map<String, ConsumerRecord<String, RawArticle>> byKey = byKey(read(result.topic));
        assertThat(byKey).containsOnlyKeys("2024/001_faehre.txt", "2024/002_water.html", "wire-7");

        ConsumerRecord<String, RawArticle> text = byKey.get("2024/001_faehre.txt");
        assertThat(text.value().getBody()).isEqualTo(german);
        // "date 2024-11" of a German text: November starts in Berlin time, as the processor's cleaner reads it.
        assertThat(text.value().getPublished()).isEqualTo(Instant.parse("2024-10-31T23:00:00Z"));
        assertThat(text.value().getPublishedPrecision()).isEqualTo(TimePrecision.MONTH);
        assertThat(text.timestamp()).isEqualTo(Instant.parse("2024-10-31T23:00:00Z").toEpochMilli());
        assertThat(text.value().getLanguage()).isEqualTo("de");
        assertThat(text.value().getSource()).isEqualTo("files");
        assertThat(text.value().getFeed()).isEqualTo(dir.resolve("2024/001_faehre.txt").toString());
        assertThat(text.value().getContentHash()).hasSize(64);

        ConsumerRecord<String, RawArticle> html = byKey.get("2024/002_water.html");
        assertThat(html.value().getTitle()).isEqualTo("County denies water shortage");
        assertThat(html.value().getBody()).isEqualTo("The county's water board denied on Thursday that the reservoirs were running low.\n"
                + "A spokesperson said the report was false.");
        assertThat(html.value().getLanguage()).isEqualTo("en");
        assertThat(html.timestamp()).isEqualTo(Instant.parse("2025-03-06T09:45:30Z").toEpochMilli());
        assertThat(html.value().getPublishedPrecision()).isEqualTo(TimePrecision.SECOND);

        ConsumerRecord<String, RawArticle> json = byKey.get("wire-7");
        assertThat(json.value().getOutlet()).isEqualTo("Valley Ledger");
        assertThat(json.value().getSource()).isEqualTo("jsonl");
        assertThat(json.value().getPublishedPrecision()).isEqualTo(TimePrecision.DAY);
    }

    @Test
    void nothingToIngestFailsTheRun() throws Exception {
        Path empty = Files.createDirectories(work.resolve("empty"));
        Result result = ingest("files", empty.toString());
        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.out).contains(empty + ": no .txt, .html, .json or .jsonl files");
        Result missing = ingest("files", work.resolve("missing").toString());
        assertThat(missing.exitCode).isEqualTo(1);
        assertThat(missing.out).contains(work.resolve("missing") + ": no such file or directory");
    }

    @Test
    void anUnreachableRegistryFailsTheRunAtOnceWithTheReason() throws Exception {
        Path dir = work.resolve("in");
        write(dir.resolve("a.txt"), "Ein Text, der nie veröffentlicht wird, weil die Registry fehlt.");
        List<String> args = List.of("files", dir.toString(), "--bootstrap-servers", broker.bootstrapServers(),
                "--schema-registry-url", "http://127.0.0.1:1", "--topic", "no-registry", "--state-dir", work.resolve("state").toString());
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new IngestCommand());
        command.setErr(new PrintWriter(err, true));
        assertThat(command.execute(args.toArray(String[]::new))).isEqualTo(1);
        assertThat(err.toString()).startsWith("ingest: schema registry at http://127.0.0.1:1: ");
        assertThat(read("no-registry")).isEmpty();
    }

    @Test
    void theTopicIsCreatedWithUnlimitedRetention() throws Exception {
        Path dir = work.resolve("in");
        write(dir.resolve("a.txt"), "Ein kurzer Text über den Hafen, der nicht leer ist.");
        Result result = ingest("files", dir.toString(), "--partitions", "2");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            var description = admin.describeTopics(List.of(result.topic)).allTopicNames().get().get(result.topic);
            assertThat(description.partitions()).hasSize(2);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, result.topic);
            ConfigEntry retention = admin.describeConfigs(List.of(resource)).all().get().get(resource).get("retention.ms");
            assertThat(retention.value()).isEqualTo("-1");
        }
    }

    @Test
    void reRunningPublishesNothingNewAndAChangedFilePublishesAnUpdate() throws Exception {
        Path dir = work.resolve("in");
        write(dir.resolve("a.txt"), "Der Stadtrat hat die Entscheidung über die Kaimauer vertagt.");
        write(dir.resolve("b.txt"), "Die Bürgermeisterin wollte die Kosten nicht bestätigen.");
        String topic = "files-rerun";
        assertThat(ingestInto(topic, "files", dir.toString()).out).startsWith("published 2, updated 0, unchanged 0, failed 0");
        assertThat(ingestInto(topic, "files", dir.toString()).out).startsWith("published 0, updated 0, unchanged 2, failed 0");
        assertThat(read(topic)).hasSize(2);

        write(dir.resolve("b.txt"), "Die Bürgermeisterin hat die Kosten inzwischen bestätigt.");
        assertThat(ingestInto(topic, "files", dir.toString()).out).startsWith("published 0, updated 1, unchanged 1, failed 0");
        List<ConsumerRecord<String, RawArticle>> records = read(topic);
        assertThat(records).hasSize(3);
        List<RawArticle> versionsOfB = records.stream().filter(r -> r.key().equals("b.txt")).map(ConsumerRecord::value).toList();
        assertThat(versionsOfB).extracting(RawArticle::getBody)
                .containsExactly("Die Bürgermeisterin wollte die Kosten nicht bestätigen.", "Die Bürgermeisterin hat die Kosten inzwischen bestätigt.");
        assertThat(versionsOfB.get(0).getContentHash()).isNotEqualTo(versionsOfB.get(1).getContentHash());
    }

    @Test
    void aLostStateDirectoryIsRebuiltFromTheTopic() throws Exception {
        Path dir = work.resolve("in");
        write(dir.resolve("a.txt"), "Der Stadtrat hat die Entscheidung über die Kaimauer vertagt.");
        write(dir.resolve("b.jsonl"), "{\"id\":\"gone\",\"body\":\"Eine Meldung, die zurückgezogen wird.\"}\n");
        String topic = "lost-state";
        ingestInto(topic, "files", dir.toString());
        ingestInto(topic, "retract", "gone");
        Path elsewhere = work.resolve("other-state");
        Result rerun = ingestWithState(topic, elsewhere, "files", dir.toString());
        assertThat(rerun.out).contains("content hashes of 1 articles read from lost-state into the new state directory " + elsewhere);
        assertThat(rerun.out).contains("published 1, updated 0, unchanged 1, failed 0");
    }

    @Test
    void retractionPublishesATombstone() throws Exception {
        Path dir = work.resolve("in");
        write(dir.resolve("a.jsonl"), "{\"url\":\"https://hafen.example/falsch?utm_source=x\",\"body\":\"Eine Meldung, die zurückgezogen wird.\"}\n");
        String topic = "retract";
        ingestInto(topic, "files", dir.toString());
        Result retract = ingestInto(topic, "retract", "https://hafen.example/falsch");
        assertThat(retract.exitCode).isZero();
        assertThat(retract.out).startsWith("published 0, updated 0, unchanged 0, retracted 1, failed 0");
        List<ConsumerRecord<String, RawArticle>> records = read(topic);
        assertThat(records).extracting(ConsumerRecord::key).containsExactly("https://hafen.example/falsch", "https://hafen.example/falsch");
        assertThat(records.get(1).value()).isNull();
        // Published again after a retraction, the article is new again.
        assertThat(ingestInto(topic, "files", dir.toString()).out).startsWith("published 1,");
    }

    @Test
    void rssFeedsArePolledAndBadFeedsReported() throws Exception {
        try (FixtureFeedServer feeds = FixtureFeedServer.start()) {
            String topic = "rss";
            Result first = ingestInto(topic, "rss", "--once", feeds.url("rss2.xml").toString(), feeds.url("atom.xml").toString(),
                    feeds.url("malformed.xml").toString());
            assertThat(first.exitCode).isZero();
            assertThat(first.out).startsWith("published 4, updated 0, unchanged 0, failed 1");
            assertThat(first.out).contains(feeds.url("malformed.xml") + ": malformed feed:");
            Map<String, ConsumerRecord<String, RawArticle>> byKey = byKey(read(topic));
            assertThat(byKey).containsOnlyKeys("https://hafenblatt.example/2025/03/faehre", "hafenblatt-4711",
                    "urn:uuid:5c1d9a7e-0000-4000-8000-000000000002", "urn:uuid:5c1d9a7e-0000-4000-8000-000000000003");
            RawArticle ferry = byKey.get("https://hafenblatt.example/2025/03/faehre").value();
            assertThat(ferry.getSource()).isEqualTo("rss");
            assertThat(ferry.getOutlet()).isEqualTo("Hafenblatt Nord");
            assertThat(ferry.getLanguage()).isEqualTo("de");
            assertThat(ferry.getFeed()).isEqualTo(feeds.url("rss2.xml").toString());
            assertThat(byKey.get("hafenblatt-4711").timestamp()).isEqualTo(Instant.parse("2025-03-05T17:30:00Z").toEpochMilli());
            assertThat(byKey.get("urn:uuid:5c1d9a7e-0000-4000-8000-000000000002").value().getLanguage()).isEqualTo("en");

            assertThat(ingestInto(topic, "rss", "--once", feeds.url("rss2.xml").toString()).out)
                    .startsWith("published 0, updated 0, unchanged 2, failed 0");

            String changed = new String(FixtureFeedServer.class.getResourceAsStream("/feeds/rss2.xml").readAllBytes(), StandardCharsets.UTF_8)
                    .replace("Die Fähre zur Möweninsel fährt seit Dienstagmorgen wieder.", "Die Fähre zur Möweninsel fährt seit Dienstagmittag wieder.");
            feeds.replace("rss2.xml", changed.getBytes(StandardCharsets.UTF_8));
            assertThat(ingestInto(topic, "rss", "--once", feeds.url("rss2.xml").toString()).out)
                    .startsWith("published 0, updated 1, unchanged 1, failed 0");
        }
    }

    @Test
    void anUnreachableFeedAloneFailsTheRun() throws Exception {
        Result result = ingest("rss", "--once", "--timeout", "2s", "http://127.0.0.1:1/feed.xml");
        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.out).contains("http://127.0.0.1:1/feed.xml: unreachable:");
    }

    @Test
    void httpPushAnswersWithIdsAndRejectsBadInput() throws Exception {
        String topic = "http";
        RawTopic.ensure(broker.bootstrapServers(), topic, 3);
        IngestSummary summary = new IngestSummary();
        var serializer = AvroSerdes.serde(RawArticle.class, Map.of("schema.registry.url", registry.url()), false).serializer();
        try (ContentHashStore hashes = ContentHashStore.open(work.resolve("state"), topic);
             ArticlePublisher publisher = ArticlePublisher.create(broker.bootstrapServers(), serializer, topic, hashes,
                     LanguageDetector.create(), summary, false);
             HttpIngestServer server = HttpIngestServer.start(new HttpIngestSettings("127.0.0.1", 0, 2_000, Optional.empty(), Optional.empty(), 0), publisher)) {
            URI endpoint = URI.create("http://127.0.0.1:" + server.port() + "/articles");

            HttpResponse<String> one = post(endpoint, "{\"url\":\"https://valley.example/a#x\",\"title\":\"A\","
                    + "\"body\":\"The council said on Monday that the bridge would reopen.\",\"published\":\"2025-03\"}");
            assertThat(one.statusCode()).isEqualTo(202);
            assertThat(one.body()).isEqualTo("{\"ids\":[\"https://valley.example/a\"],\"new\":1}");

            HttpResponse<String> batch = post(endpoint, "{\"id\":\"b\",\"body\":\"Der Bürgermeister sagte, die Brücke werde im April geöffnet.\"}\n"
                    + "{\"url\":\"https://valley.example/a\",\"title\":\"A\",\"body\":\"The council said on Monday that the bridge would reopen.\",\"published\":\"2025-03\"}\n");
            assertThat(batch.statusCode()).isEqualTo(202);
            assertThat(batch.body()).isEqualTo("{\"ids\":[\"b\",\"https://valley.example/a\"],\"new\":1,\"unchanged\":1}");

            HttpResponse<String> invalid = post(endpoint, "{\"id\":\"c\",\"body\":\"Text\"}\n{\"id\":\"d\",\"body\":\"\"}");
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(invalid.body()).isEqualTo("{\"error\":\"line 2: no body: one of body, text must be a non-empty string\"}");

            HttpResponse<String> tooLarge = post(endpoint, "{\"id\":\"e\",\"body\":\"" + "x".repeat(3_000) + "\"}");
            assertThat(tooLarge.statusCode()).isEqualTo(413);
        }
        List<ConsumerRecord<String, RawArticle>> records = read(topic);
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("https://valley.example/a", "b");
        RawArticle a = byKey(records).get("https://valley.example/a").value();
        assertThat(a.getSource()).isEqualTo("http");
        assertThat(a.getPublishedPrecision()).isEqualTo(TimePrecision.MONTH);
        assertThat(byKey(records).get("b").value().getLanguage()).isEqualTo("de");
    }

    @Test
    void httpPushOnAPortInUseIsOneLineNamingTheOption() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Result result = ingest("http", "--bind", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(result.exitCode).isEqualTo(2);
            assertThat(result.out.strip()).isEqualTo("ingest http: port " + taken.getLocalPort() + " is already in use; start with another --port");
        }
    }

    @Test
    void replayPublishesInPublicationOrderWithTheOriginalTimestamps() throws Exception {
        Path archive = work.resolve("archive.jsonl");
        write(archive, String.join("\n",
                "{\"id\":\"c\",\"body\":\"Third report, published last.\",\"published\":\"2024-11-11T08:01:00+01:00\",\"fetched\":\"2024-11-11T07:30:00Z\"}",
                "{\"id\":\"a\",\"body\":\"First report of the month.\",\"published\":\"2024-11\"}",
                "{\"id\":\"b\",\"body\":\"Second report.\",\"published\":\"2024-11-07T12:50:00+01:00\"}"));
        String topic = "replay";
        Result result = ingestInto(topic, "replay", archive.toString(), "--partitions", "1");
        assertThat(result.out).startsWith("published 3, updated 0, unchanged 0, failed 0");
        List<ConsumerRecord<String, RawArticle>> records = read(topic);
        assertThat(records).extracting(ConsumerRecord::key).containsExactly("a", "b", "c");
        assertThat(records).extracting(ConsumerRecord::timestamp).containsExactly(
                Instant.parse("2024-11-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2024-11-07T11:50:00Z").toEpochMilli(),
                Instant.parse("2024-11-11T07:01:00Z").toEpochMilli());
        assertThat(records.get(0).value().getPublishedPrecision()).isEqualTo(TimePrecision.MONTH);
        assertThat(records.get(2).value().getFetched()).isEqualTo(Instant.parse("2024-11-11T07:30:00Z"));
        assertThat(records).extracting(r -> r.value().getSource()).containsOnly("replay");

        assertThat(ingestInto(topic, "replay", archive.toString()).out).startsWith("published 0, updated 0, unchanged 3");
        assertThat(ingestInto(topic, "replay", archive.toString(), "--force").out).startsWith("published 0, updated 3, unchanged 0");
    }

    @Test
    void theSeedArticlesIngestWithTheMetadataTheirTextCarries() throws Exception {
        Path seeds = Path.of(System.getProperty("storywire.shared", "../../shared"), "corpus", "seeds");
        assumeTrue(Files.isDirectory(seeds), "the shared seeds are not here");
        Result result = ingest("files", seeds.toString());
        assertThat(result.out).startsWith("published 5, updated 0, unchanged 0, failed 0");
        Map<String, RawArticle> byFile = byKey(read(result.topic)).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().substring(0, 3), e -> e.getValue().value()));
        assertThat(byFile).containsOnlyKeys("000", "001", "002", "003", "004");
        assertThat(byFile.values()).extracting(RawArticle::getLanguage).containsOnly("de");
        assertThat(byFile.get("000").getPublished()).isEqualTo(Instant.parse("2024-11-07T11:50:00Z"));
        assertThat(byFile.get("000").getPublishedPrecision()).isEqualTo(TimePrecision.MINUTE);
        assertThat(byFile.get("001").getPublished()).isNull();
        assertThat(byFile.get("001").getPublishedPrecision()).isEqualTo(TimePrecision.UNKNOWN);
        assertThat(byFile.get("002").getPublished()).isNull();
        assertThat(byFile.get("003").getPublished()).as("'date 2024-11' in Berlin time").isEqualTo(Instant.parse("2024-10-31T23:00:00Z"));
        assertThat(byFile.get("003").getPublishedPrecision()).isEqualTo(TimePrecision.MONTH);
        assertThat(byFile.get("004").getPublished()).isEqualTo(Instant.parse("2024-11-11T07:01:00Z"));
        assertThat(byFile.get("004").getPublishedPrecision()).isEqualTo(TimePrecision.MINUTE);
        for (Map.Entry<String, RawArticle> seed : byFile.entrySet()) {
            Path file;
            try (var listing = Files.list(seeds)) {
                file = listing.filter(p -> p.getFileName().toString().startsWith(seed.getKey())).findFirst().orElseThrow();
            }
            assertThat(seed.getValue().getBody()).as("body of %s kept as received", file).isEqualTo(Files.readString(file));
        }
    }

    private record Result(int exitCode, String out, String topic) {
    }

    private int topics;

    /** Runs {@code storywire ingest ARGS} into a fresh topic of this test. */
    private Result ingest(String... args) {
        return ingestInto("t" + (++topics) + "-" + System.nanoTime(), args);
    }

    private Result ingestInto(String topic, String... args) {
        return ingestWithState(topic, work.resolve("state"), args);
    }

    private Result ingestWithState(String topic, Path stateDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", broker.bootstrapServers(), "--schema-registry-url", registry.url(),
                "--topic", topic, "--state-dir", stateDir.toString()));
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new IngestCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(out, true));
        int exitCode = command.execute(all.toArray(String[]::new));
        return new Result(exitCode, out.toString(), topic);
    }

    private static List<ConsumerRecord<String, RawArticle>> read(String topic) {
        return RawTopicReader.readAll(broker.bootstrapServers(), registry.url(), topic);
    }

    private static Map<String, ConsumerRecord<String, RawArticle>> byKey(List<ConsumerRecord<String, RawArticle>> records) {
        return records.stream().sorted(Comparator.comparingLong(ConsumerRecord::offset))
                .collect(Collectors.toMap(ConsumerRecord::key, Function.identity(), (first, later) -> later));
    }

    private static HttpResponse<String> post(URI endpoint, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
