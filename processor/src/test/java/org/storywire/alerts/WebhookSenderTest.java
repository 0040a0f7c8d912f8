package org.storywire.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Deliveries to real HTTP endpoints on loopback: signatures, retries, redirects, the allow-list and the bounded queue. */
class WebhookSenderTest {
    private static final String SECRET = "a-secret-of-the-newsroom";
    private static final byte[] BODY = "{\"ruleId\":\"r1\",\"update\":{\"status\":\"DENIED\"}}".getBytes(StandardCharsets.UTF_8);

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within 10 s");
            Thread.sleep(20);
        }
    }

    private static AlertRule rule(String url) {
        return new AlertRule("r1", "denials", "DENIED", null, null, null, url, SECRET, Instant.EPOCH);
    }

    @Test
    void aDeliveryIsSignedWithTheRulesSecretAndAForgedOneIsRejected() throws Exception {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, () -> 204);
             WebhookSender sender = new WebhookSender(List.of(), 10, Duration.ofMillis(50), metrics)) {
            assertThat(sender.submit(rule(receiver.url()), BODY)).isTrue();
            waitUntil(() -> metrics.counter("storywire.alerts.webhook.delivered").count() == 1);
            assertThat(receiver.deliveries()).singleElement().satisfies(d -> {
                assertThat(d.verified()).isTrue();
                assertThat(d.signature()).matches("sha256=[0-9a-f]{64}");
            });

            AlertRule forged = new AlertRule("r1", "denials", "DENIED", null, null, null, receiver.url(), "not-the-newsroom-secret", Instant.EPOCH);
            sender.submit(forged, BODY);
            waitUntil(() -> metrics.counter("storywire.alerts.webhook.failed").count() == 1);
            assertThat(receiver.deliveries()).hasSize(2);
            assertThat(receiver.deliveries().get(1).verified()).as("the receiver tells a forged signature apart").isFalse();
            assertThat(receiver.requests()).as("a refusal (401) is not retried").isEqualTo(2);
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffUntilItAnswers() throws Exception {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        AtomicInteger calls = new AtomicInteger();
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, () -> calls.incrementAndGet() < 3 ? 503 : 200);
             WebhookSender sender = new WebhookSender(List.of(), 10, Duration.ofMillis(100), metrics)) {
            long start = System.nanoTime();
            sender.submit(rule(receiver.url()), BODY);
            waitUntil(() -> metrics.counter("storywire.alerts.webhook.delivered").count() == 1);
            assertThat(receiver.requests()).isEqualTo(3);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("backoff of 100 ms, then 200 ms").isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void redirectsAreNotFollowedAndHostsOutsideTheAllowListGetNothing() throws Exception {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (WebhookReceiver elsewhere = new WebhookReceiver(SECRET, () -> 204);
             WebhookReceiver redirecting = new WebhookReceiver(SECRET, () -> 302).redirectingTo(elsewhere.url());
             WebhookSender sender = new WebhookSender(List.of("127.0.0.1"), 10, Duration.ofMillis(50), metrics);
             WebhookSender strict = new WebhookSender(List.of("hooks.example.org"), 10, Duration.ofMillis(50), metrics)) {
            sender.submit(rule(redirecting.url()), BODY);
            strict.submit(rule(elsewhere.url()), BODY);
            waitUntil(() -> metrics.counter("storywire.alerts.webhook.failed").count() == 2);
            assertThat(redirecting.requests()).isEqualTo(1);
            assertThat(elsewhere.requests()).as("neither the redirect's target nor a host off the allow-list is posted to").isZero();
        }
    }

    @Test
    void aSlowReceiverNeverHoldsUpTheCaller() throws Exception {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (WebhookReceiver slow = new WebhookReceiver(SECRET, () -> {
                 sleep(2_000);
                 return 204;
             });
             WebhookSender sender = new WebhookSender(List.of(), 10, Duration.ofMillis(50), metrics)) {
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) sender.submit(rule(slow.url()), BODY);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("submitting waits for no receiver").isLessThan(Duration.ofMillis(500));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void deliveriesBeyondTheQueueAreDroppedAndCounted() throws Exception {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        // Nothing listens on port 9 of loopback (discard): every attempt fails and is retried, so deliveries stay queued.
        try (WebhookSender sender = new WebhookSender(List.of(), 2, Duration.ofSeconds(5), metrics)) {
            assertThat(sender.submit(rule("http://127.0.0.1:9/"), BODY)).isTrue();
            assertThat(sender.submit(rule("http://127.0.0.1:9/"), BODY)).isTrue();
            assertThat(sender.submit(rule("http://127.0.0.1:9/"), BODY)).isFalse();
            assertThat(metrics.counter("storywire.alerts.webhook.dropped").count()).isEqualTo(1);
        }
    }
}
