package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;

/**
 * The sample articles through a processor on whatever cluster the fixture points at; the stories
 * read over HTTP must equal what the same domain code gives in process. Shared by the embedded
 * platform test and the Testcontainers test, so the same scenario runs on both.
 */
final class SampleScenario {
    private SampleScenario() {}

    static void samplesMatchInProcess(PipelineFixture fixture, Path state) throws Exception {
        int port = PipelineFixture.freePort();
        StorywireConfig config = fixture.config(state, port, Map.of());
        List<RawArticle> articles = PipelineFixture.sampleArticles();
        Map<String, String> expected = InProcessReference.statuses(articles);
        assertThat(expected).as("the samples yield stories in process").isNotEmpty();

        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
            fixture.publish(config, articles);
            fixture.awaitCaughtUp(config, Duration.ofSeconds(120));

            assertThat(PipelineFixture.statuses(port)).isEqualTo(expected);

            String someStory = expected.keySet().iterator().next();
            PipelineFixture.Response story = PipelineFixture.get(port, "/api/stories/" + someStory);
            assertThat(story.status()).isEqualTo(200);
            assertThat(story.body().get("status").asText()).isEqualTo(expected.get(someStory));
            assertThat(story.body().get("timeline").size()).isPositive();

            PipelineFixture.Response statements = PipelineFixture.get(port, "/api/articles/" + articles.get(0).getId() + "/statements");
            assertThat(statements.status()).isEqualTo(200);
            assertQuotedWordsAsInProcess(port, articles);
            assertThat(PipelineFixture.get(port, "/api/stories/no-such-story").status()).isEqualTo(404);
            assertThat(PipelineFixture.get(port, "/api/stories?status=MAYBE").status()).isEqualTo(400);
            assertThat(PipelineFixture.get(port, "/api/stories?limit=0").status()).isEqualTo(400);
            assertThat(PipelineFixture.get(port, "/ready").status()).isEqualTo(200);
            assertThat(deleteStatus(port, "/api/stories/" + someStory)).as("the API is read-only").isEqualTo(405);
            assertThat(PipelineFixture.get(port, "/metrics").raw()).contains("kafka_stream").contains("storywire_extraction_seconds_count").contains("storywire_stories{status=\"DENIED\"}").contains("storywire_input_lag_records");
        }
    }

    /** Each article's statements list the words they quote, those the same extraction finds in process, without their marks. */
    private static void assertQuotedWordsAsInProcess(int port, List<RawArticle> articles) throws Exception {
        int quoting = 0;
        for (RawArticle article : articles) {
            List<String> expected = InProcessReference.quotedWords(article).stream()
                    .map(w -> w.replaceAll("^[\\p{Pi}\\p{Pf}„‚\"']+|[\\p{Pi}\\p{Pf}\"']+$", "")).toList();
            List<String> served = new java.util.ArrayList<>();
            PipelineFixture.get(port, "/api/articles/" + article.getId() + "/statements").body()
                    .forEach(s -> s.get("quoted").forEach(q -> served.add(q.asText())));
            assertThat(served).as("quoted words of %s", article.getId()).isEqualTo(expected);
            if (!expected.isEmpty()) quoting++;
        }
        assertThat(quoting).as("sample articles whose statements quote words").isPositive();
    }

    private static int deleteStatus(int port, String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + path)).DELETE().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
