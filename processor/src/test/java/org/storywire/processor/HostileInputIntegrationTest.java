package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;

/**
 * A corpus of hostile input on the raw topic: each record ends either processed (its statements
 * are queryable) or in the dead-letter topic with the reason; the processor stays up throughout;
 * and the API answers JSON in which markup from the input never appears verbatim.
 */
@ExtendWith(EmbeddedPlatformExtension.class)
class HostileInputIntegrationTest {
    private static final Instant WHEN = Instant.parse("2026-03-02T10:00:00Z");
    private static final String SCRIPT = "<script>alert('storywire')</script>";
    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyHostileRecordIsProcessedOrDeadLetteredWithItsReason(EmbeddedPlatform platform, @TempDir Path state) throws Exception {
        PipelineFixture fixture = new PipelineFixture(platform, "hostile");
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port, Map.of());
        var serializer = ProcessCommand.serdeFactory(config).valueSerde(RawArticle.class).serializer();
        String topic = config.topics().articlesRaw();

        // Readable records: processed, or dead-lettered with the reason when processing fails; never lost.
        Map<String, byte[]> processed = new LinkedHashMap<>();
        processed.put("invalid-utf8", withInvalidUtf8(serializer.serialize(topic, article("invalid-utf8", "Titel", "Er sagte: „XXXXXXXX“."))));
        processed.put("binary", serializer.serialize(topic, article("binary", "Binär", binaryText(20_000))));
        processed.put("empty", serializer.serialize(topic, article("empty", "", "")));
        processed.put("body-50mb", serializer.serialize(topic, article("body-50mb", "Groß",
                "Die Sonne schien über dem Hafen und die Schiffe lagen still. ".repeat(50 * 1024 * 1024 / 61))));
        processed.put("line-1m", serializer.serialize(topic, article("line-1m", "Zeile", "wort ".repeat(200_000))));
        processed.put("quote-1m", serializer.serialize(topic, article("quote-1m", "Riesenzitat",
                "Peskow sagte: „" + "Das ist falsch und ".repeat(60_000) + "erfunden“.")));
        processed.put("nested-quotes", serializer.serialize(topic, article("nested-quotes", "Zitate",
                "Peskow sagte: " + "„\"»‚'".repeat(5_000) + "Es gab kein Gespräch" + "'‘«\"“".repeat(5_000) + ", sagte er.")));
        processed.put("injection", serializer.serialize(topic, article("injection", SCRIPT + IMG,
                "Das Ministerium dementierte am Montag einen Bericht " + SCRIPT + " der Zeitung. \"Das ist falsch " + SCRIPT
                        + "\", sagte ein Sprecher des Ministeriums.")));
        processed.put("date-year-1", serializer.serialize(topic, withPublished(article("date-year-1", "Alt", "Er sagte: „Nein.“"),
                Instant.parse("0001-01-01T00:00:00Z"))));
        processed.put("date-far-future", serializer.serialize(topic, withPublished(article("date-far-future", "Zukunft", "Er sagte: „Ja.“"),
                Instant.ofEpochMilli(Long.MAX_VALUE))));
        processed.put("language-unknown", serializer.serialize(topic, withLanguage(article("language-unknown", "tlhIngan", "Qapla'! \"batlh\", jatlh Worf."), "tlh")));
        processed.put("language-garbage", serializer.serialize(topic, withLanguage(article("language-garbage", "?", "Er sagte: „Nein.“"), "\u0000" + SCRIPT)));

        byte[] valid = serializer.serialize(topic, article("truncated-avro", "Abgeschnitten", "Er sagte: „Das ist ein ganz normaler Satz.“"));
        // Records that cannot be read (or have no key) must be dead-lettered.
        Map<String, byte[]> deadLetters = new LinkedHashMap<>();
        deadLetters.put("non-avro", "plain text, no magic byte".getBytes(StandardCharsets.UTF_8));
        deadLetters.put("wrong-schema-id", wrongSchemaId(valid));
        deadLetters.put("truncated-avro", Arrays.copyOf(valid, valid.length / 2));
        deadLetters.put("magic-byte-only", new byte[] {0});
        deadLetters.put("", serializer.serialize(topic, article("no-key", "Ohne Schlüssel", "Er sagte: „Nein.“")));

        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
            try (KafkaProducer<String, byte[]> producer = largeRecordProducer(fixture)) {
                for (var e : processed.entrySet()) producer.send(new ProducerRecord<>(topic, null, WHEN.toEpochMilli(), e.getKey(), e.getValue())).get();
                for (var e : deadLetters.entrySet()) producer.send(new ProducerRecord<>(topic, null, WHEN.toEpochMilli(), e.getKey(), e.getValue())).get();
            }
            fixture.awaitCaughtUp(config, Duration.ofMinutes(5));

            assertThat(app.streams().state()).isIn(KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING);
            List<ConsumerRecord<byte[], byte[]>> dead = StoryPipelineIntegrationTest.readAll(platform, config.topics().deadLetters(), deadLetters.size());
            Map<String, String> reasons = new LinkedHashMap<>();
            for (var r : dead) reasons.put(new String(r.key(), StandardCharsets.UTF_8), StoryPipelineIntegrationTest.reason(r));
            assertThat(reasons.keySet()).containsAll(deadLetters.keySet());
            assertThat(reasons.values()).allSatisfy(reason -> assertThat(reason).isNotBlank().isNotEqualTo("(no reason)"));
            assertThat(reasons.get("wrong-schema-id")).contains("unknown to the schema registry");
            List<String> cleanlyProcessed = new ArrayList<>();
            for (String id : processed.keySet()) {
                if (reasons.containsKey(id)) continue;
                PipelineFixture.Response r = PipelineFixture.get(port, "/api/articles/" + id + "/statements");
                assertThat(r.status()).as("article %s neither processed nor dead-lettered: %s", id, r.raw()).isEqualTo(200);
                cleanlyProcessed.add(id);
            }
            System.out.printf("hostile inputs: %d tried, %d processed %s, %d dead-lettered: %s%n",
                    processed.size() + deadLetters.size(), cleanlyProcessed.size(), cleanlyProcessed, reasons.size(), reasons);

            assertNoVerbatimMarkup(port, "/api/articles/injection/statements");
            assertNoVerbatimMarkup(port, "/api/stories?q=" + URLEncoder.encode("Ministerium", StandardCharsets.UTF_8));
            assertNoVerbatimMarkup(port, "/api/stories?q=" + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8));
            String unknownId = "/api/articles/" + URLEncoder.encode(IMG, StandardCharsets.UTF_8).replace("+", "%20") + "/statements";
            assertNoVerbatimMarkup(port, unknownId);
            assertNoVerbatimMarkup(port, "/api/stories/" + URLEncoder.encode(IMG, StandardCharsets.UTF_8).replace("+", "%20"));
            PipelineFixture.Response notFound = PipelineFixture.get(port, unknownId);
            assertThat(notFound.status()).isEqualTo(404);
            assertThat(notFound.body().toString()).as("the markup is kept as data").contains(IMG);
        }
    }

    private static void assertNoVerbatimMarkup(int port, String pathAndQuery) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Content-Type")).as(pathAndQuery).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).as(pathAndQuery).doesNotContain("<script", "<img", "</");
    }

    private static RawArticle article(String id, String title, String body) {
        return PipelineFixture.article(id, "Hostile", "https://example.org/" + id, title, body, "de", WHEN);
    }

    private static RawArticle withPublished(RawArticle a, Instant published) {
        return RawArticle.newBuilder(a).setPublished(published).build();
    }

    private static RawArticle withLanguage(RawArticle a, String language) {
        return RawArticle.newBuilder(a).setLanguage(language).build();
    }

    /** The XXXXXXXX in the body replaced by bytes that are no UTF-8 (the Avro string length stays right). */
    private static byte[] withInvalidUtf8(byte[] record) {
        byte[] marker = "XXXXXXXX".getBytes(StandardCharsets.US_ASCII);
        byte[] invalid = {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xC0};
        for (int i = 0; i + marker.length <= record.length; i++) {
            if (Arrays.equals(record, i, i + marker.length, marker, 0, marker.length)) {
                byte[] copy = record.clone();
                System.arraycopy(invalid, 0, copy, i, invalid.length);
                return copy;
            }
        }
        throw new IllegalStateException("marker not found");
    }

    /** Every char 0..255 at random, controls and NUL included. */
    private static String binaryText(int length) {
        Random random = new Random(7);
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The registry's wire format with a schema id nobody registered. */
    private static byte[] wrongSchemaId(byte[] valid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.writeBytes(new byte[] {0x7f, 0x7f, 0x7f, 0x7f});
        out.write(valid, 5, valid.length - 5);
        return out.toByteArray();
    }

    /** Large bodies reach the log only compressed: zstd shrinks the repetitive 50 MB under the broker's limit. */
    private static KafkaProducer<String, byte[]> largeRecordProducer(PipelineFixture fixture) {
        Map<String, Object> props = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, fixture.bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 64 * 1024 * 1024,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 192L * 1024 * 1024);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
}
