package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;

/** {@code /metrics} says what the API says: stories by status, articles, statements, dead letters, lag. */
@ExtendWith(EmbeddedPlatformExtension.class)
class ProcessorMetricsIntegrationTest {
    private static final Pattern SAMPLE = Pattern.compile("^(storywire_[a-z_]+)(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE);

    @Test
    void metricsAgreeWithTheApi(EmbeddedPlatform platform, @TempDir Path state) throws Exception {
        PipelineFixture fixture = new PipelineFixture(platform, "metrics");
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port, Map.of());
        List<RawArticle> articles = PipelineFixture.sampleArticles();
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
            fixture.publish(config, articles);
            // Every sample again, changed: stories are rewritten, so a count of store writes would run ahead of the stories.
            fixture.publish(config, articles.stream().map(a -> RawArticle.newBuilder(a).setBody(a.getBody() + " Ende.")
                    .setContentHash(a.getContentHash() + "-2").build()).toList());
            fixture.publishBytes(config, "not-avro", "plain text, no magic byte".getBytes(StandardCharsets.UTF_8));
            fixture.awaitCaughtUp(config, Duration.ofSeconds(180));
            Thread.sleep(ProcessorMetrics.SNAPSHOT_AGE.toMillis() + 100);

            Map<String, String> stories = PipelineFixture.statuses(port);
            Map<String, Double> metrics = scrape(port);
            for (String status : List.of("CLAIMED", "DENIED", "UNCONFIRMED")) {
                long listed = stories.values().stream().filter(status::equals).count();
                assertThat(metrics.get("storywire_stories{status=\"" + status + "\"}")).as("%s in %s", status, metrics).isEqualTo((double) listed);
            }
            assertThat(stories).isNotEmpty();
            assertThat(metrics.get("storywire_articles_processed_total")).isEqualTo(2.0 * articles.size());
            assertThat(metrics.get("storywire_statements_extracted_total")).isPositive();
            assertThat(metrics.entrySet().stream().filter(e -> e.getKey().startsWith("storywire_dead_letters_total{"))
                    .mapToDouble(Map.Entry::getValue).sum()).as("dead letters in %s", metrics.keySet()).isEqualTo(1.0);
            assertThat(metrics.get("storywire_input_lag_records{topic=\"" + config.topics().articlesRaw() + "\"}")).isZero();
            assertThat(metrics.get("storywire_input_lag_records{topic=\"" + config.topics().statements() + "\"}")).isZero();
        }
    }

    private static Map<String, Double> scrape(int port) {
        Map<String, Double> samples = new HashMap<>();
        Matcher m = SAMPLE.matcher(PipelineFixture.get(port, "/metrics").raw());
        while (m.find()) samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
        return samples;
    }
}
