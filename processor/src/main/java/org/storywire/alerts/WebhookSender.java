package org.storywire.alerts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts alerts to webhooks on threads of its own, so that a slow or dead receiver never holds up the
 * alert consumer, let alone the stream. At most {@code capacity} deliveries wait (retries included);
 * beyond that an alert is dropped, counted and logged. A failed attempt (no answer, 5xx, 429) is
 * retried after {@code firstBackoff}, doubling each time; redirects are never followed, so an alert
 * goes to the host the rule names and no other.
 */
public final class WebhookSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    static final int MAX_ATTEMPTS = 4;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final ScheduledThreadPoolExecutor workers;
    private final List<String> allowedHosts;
    private final int capacity;
    private final Duration firstBackoff;
    private final AtomicInteger pending = new AtomicInteger();
    private final Counter delivered;
    private final Counter failed;
    private final Counter dropped;

    public WebhookSender(List<String> allowedHosts, int capacity, Duration firstBackoff, MeterRegistry metrics) {
        this.allowedHosts = List.copyOf(allowedHosts);
        this.capacity = capacity;
        this.firstBackoff = firstBackoff;
        this.workers = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread t = new Thread(runnable, "storywire-webhooks");
            t.setDaemon(true);
            return t;
        });
        this.delivered = Counter.builder("storywire.alerts.webhook.delivered").register(metrics);
        this.failed = Counter.builder("storywire.alerts.webhook.failed").description("given up after retries or refused").register(metrics);
        this.dropped = Counter.builder("storywire.alerts.webhook.dropped").description("not sent: too many deliveries waiting").register(metrics);
    }

    /** Queues one delivery; false when it was dropped because too many wait already. */
    public boolean submit(AlertRule rule, byte[] body) {
        if (pending.incrementAndGet() > capacity) {
            pending.decrementAndGet();
            dropped.increment();
            // Once per hundred drops: a dead receiver under a flood must not flood the log as well.
            if ((long) dropped.count() % 100 == 1) {
                LOG.warn("Dropped webhook alerts ({} so far): {} deliveries are waiting already", (long) dropped.count(), capacity);
            }
            return false;
        }
        workers.execute(() -> attempt(rule, body, 1));
        return true;
    }

    private void attempt(AlertRule rule, byte[] body, int attempt) {
        String outcome;
        boolean retry;
        try {
            URI target = URI.create(rule.webhookUrl());
            // Checked again on every delivery: the allow-list may have shrunk since the rule was made.
            if (!AlertRuleRequest.isAllowedHost(target.getHost(), allowedHosts)) {
                finish(rule, false, "host " + target.getHost() + " is not allowed", attempt);
                return;
            }
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(target).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "storywire-alerts")
                    .header("X-Storywire-Rule", rule.id())
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(rule.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                finish(rule, true, null, attempt);
                return;
            }
            outcome = status >= 300 && status < 400 ? "answered a redirect, which is not followed" : "answered " + status;
            retry = status >= 500 || status == 429;
        } catch (IOException | IllegalArgumentException e) {
            outcome = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            retry = e instanceof IOException;
        } catch (InterruptedException e) {
            // Shutting down: not a failure of the receiver, so neither counted nor logged.
            Thread.currentThread().interrupt();
            pending.decrementAndGet();
            return;
        }
        if (retry && attempt < MAX_ATTEMPTS && !workers.isShutdown()) {
            long delay = firstBackoff.toMillis() << (attempt - 1);
            workers.schedule(() -> attempt(rule, body, attempt + 1), delay, TimeUnit.MILLISECONDS);
        } else {
            finish(rule, false, outcome, attempt);
        }
    }

    private void finish(AlertRule rule, boolean ok, String problem, int attempts) {
        pending.decrementAndGet();
        if (ok) {
            delivered.increment();
            return;
        }
        failed.increment();
        // The first failure and then every hundredth: a receiver that is down for long must not flood the log.
        // The host only: a webhook URL may carry a token in its path or query.
        if ((long) failed.count() % 100 == 1) {
            LOG.warn("Webhook of alert rule {} to {} failed after {} attempt(s): {} ({} failed deliveries so far)",
                    rule.id(), hostOf(rule.webhookUrl()), attempts, problem, (long) failed.count());
        }
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "an unusable URL";
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
