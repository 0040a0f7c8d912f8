package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.alerts.WebhookReceiver;
import org.storywire.alerts.WebhookSignature;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;

/**
 * Alert rules through the API on the embedded broker: validation, a rule firing a signed webhook
 * and an alerts-topic record, a forged signature told apart by the receiver, and rules surviving
 * a restart of the processor.
 */
@ExtendWith(EmbeddedPlatformExtension.class)
class AlertRulesIntegrationTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SECRET = "the-newsroom-webhook-secret";
    private static final Pattern ASSIGNED = Pattern.compile("(?m)^storywire_alerts_partitions(\\{[^}]*})? [1-9]");

    @Test
    void aRuleFiresASignedWebhookAndAnAlertRecordAndSurvivesARestart(EmbeddedPlatform platform, @TempDir Path state) throws Exception {
        PipelineFixture fixture = new PipelineFixture(platform, "alerts");
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port,
                Map.of(StorywireConfig.Setting.ALERT_WEBHOOK_HOSTS.envName(), "127.0.0.1"));
        String ruleId;
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, () -> 204)) {
            try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
                assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
                assertRefused(port, "{\"name\":\"x\",\"status\":\"SOMETIMES\"}", "status must be one of");
                assertRefused(port, "{\"status\":\"DENIED\"}", "name is required");
                assertRefused(port, "{\"name\":\"everything\"}", "at least one of");
                assertRefused(port, "{\"name\":\"x\",\"status\":\"DENIED\",\"webhookUrl\":\"file:///etc/passwd\"}", "http or https");
                assertRefused(port, "{\"name\":\"x\",\"status\":\"DENIED\",\"webhookUrl\":\"https://hooks.example.org/x\"}", "not in STORYWIRE_ALERT_WEBHOOK_HOSTS");
                assertRefused(port, "{\"name\":\"x\",\"status\":\"DENIED\",\"secret\":\"short\"}", "secret must be");
                assertRefused(port, "{\"name\":\"x\",\"colour\":\"red\"}", "unknown field colour");
                assertRefused(port, "not json", "JSON object");
                assertThat(send(port, "DELETE", "/api/alerts/no-such-rule", null).status()).isEqualTo(404);

                Result created = send(port, "POST", "/api/alerts", "{\"name\":\"Brandauer\",\"text\":\"Brandauer\",\"webhookUrl\":\""
                        + receiver.url() + "\",\"secret\":\"" + SECRET + "\"}");
                assertThat(created.status()).isEqualTo(201);
                ruleId = created.body().get("id").asText();
                assertThat(created.body().get("text").asText()).isEqualTo("Brandauer");
                assertThat(created.body().get("secret").asText()).isEqualTo(SECRET);
                JsonNode listed = PipelineFixture.get(port, "/api/alerts").body().get("items");
                assertThat(listed).hasSize(1);
                assertThat(listed.get(0).has("secret")).as("a listed rule never shows its secret").isFalse();

                waitFor("the alert consumer has its partitions", () -> ASSIGNED.matcher(PipelineFixture.get(port, "/metrics").raw()).find());
                fixture.publish(config, PipelineFixture.sampleArticles());
                fixture.awaitCaughtUp(config, Duration.ofSeconds(180));
                waitFor("a verified webhook delivery", () -> receiver.deliveries().stream().anyMatch(WebhookReceiver.Delivery::verified),
                        () -> "stories " + PipelineFixture.statuses(port) + ", " + alertMetrics(port) + ", deliveries " + receiver.deliveries());
                WebhookReceiver.Delivery delivery = receiver.deliveries().get(0);
                JsonNode alert = PipelineFixture.JSON.readTree(delivery.body());
                assertThat(alert.get("ruleId").asText()).isEqualTo(ruleId);
                assertThat(alert.at("/update/storyId").asText()).isNotEmpty();
                JsonNode story = PipelineFixture.get(port, "/api/stories/" + alert.at("/update/storyId").asText()).body();
                assertThat(alert.get("update").toString() + story.toString()).as("the alerted story is about Brandauer").containsIgnoringCase("brandauer");

                // The same body under a signature made with another secret: the receiver refuses it.
                // Real deliveries of other matching stories may arrive meanwhile, so the forged one is found by its signature.
                String forgedSignature = WebhookSignature.sign("someone-else-entirely", delivery.body().getBytes(StandardCharsets.UTF_8));
                Result forged = post(receiver.url(), delivery.body(), forgedSignature);
                assertThat(forged.status()).isEqualTo(401);
                assertThat(receiver.deliveries()).filteredOn(d -> forgedSignature.equals(d.signature()))
                        .singleElement().satisfies(d -> assertThat(d.verified()).isFalse());

                assertThat(alertRecords(fixture, config)).anySatisfy(record -> assertThat(record).contains("\"ruleId\":\"" + ruleId + "\""));
            }

            try (ProcessorApp restarted = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
                assertThat(restarted.awaitRunning(Duration.ofSeconds(90))).isTrue();
                waitFor("the rule is read back after the restart", () -> {
                    PipelineFixture.Response r = PipelineFixture.get(port, "/api/alerts");
                    return r.status() == 200 && r.body().get("items").size() == 1
                            && r.body().get("items").get(0).get("id").asText().equals(ruleId);
                });
                assertThat(send(port, "DELETE", "/api/alerts/" + ruleId, null).status()).isEqualTo(204);
                assertThat(PipelineFixture.get(port, "/api/alerts").body().get("items")).isEmpty();
            }
        }
    }

    record Result(int status, JsonNode body) {}

    private static void assertRefused(int port, String body, String why) {
        Result r = send(port, "POST", "/api/alerts", body);
        assertThat(r.status()).as(body).isEqualTo(400);
        assertThat(r.body().get("error").asText()).isEqualTo("bad_request");
        assertThat(r.body().get("message").asText()).as(body).contains(why);
    }

    private static Result send(int port, String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        return exchange(request);
    }

    private static Result post(String url, String body, String signature) {
        return exchange(HttpRequest.newBuilder(URI.create(url)).header(WebhookSignature.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static Result exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Result(response.statusCode(), response.body().isEmpty() ? null : PipelineFixture.JSON.readTree(response.body()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> alertRecords(PipelineFixture fixture, StorywireConfig config) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, fixture.bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.GROUP_ID_CONFIG, fixture.prefix + "-alert-reader");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(config.topics().alerts()));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
            }
            return values;
        }
    }

    private static String alertMetrics(int port) {
        return PipelineFixture.get(port, "/metrics").raw().lines().filter(l -> l.startsWith("storywire_alerts")).toList().toString();
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        waitFor(what, condition, () -> "");
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition,
                                java.util.function.Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within 60 s: " + what + " " + state.get());
            Thread.sleep(200);
        }
    }
}
