package org.storywire.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.storywire.avro.RawArticle;

/**
 * A corpus of any size for the reliability tests, generated at run time (no corpus text is kept in
 * the repository): the bodies of the project's samples and, when ../shared is there, of the
 * German Wikinews corpus, under new ids, outlets and publication times in a shuffled order.
 */
final class ReliabilityCorpus {
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private ReliabilityCorpus() {}

    static List<RawArticle> articles(int count, long seed) throws IOException {
        List<RawArticle> templates = new ArrayList<>(PipelineFixture.sampleArticles());
        templates.addAll(wikinews());
        Random random = new Random(seed);
        List<RawArticle> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RawArticle t = templates.get(random.nextInt(templates.size()));
            Instant published = START.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 365)));
            String outlet = "Outlet " + random.nextInt(40);
            result.add(PipelineFixture.article("gen-" + seed + "-" + i, outlet, "https://example.org/gen/" + i,
                    t.getTitle(), t.getBody(), t.getLanguage(), published));
        }
        return result;
    }

    private static List<RawArticle> wikinews() throws IOException {
        Path dir = Path.of(System.getProperty("storywire.shared", "../../shared"), "corpus", "wikinews-quotes-de", "train");
        if (!Files.isDirectory(dir)) return List.of();
        ObjectMapper json = new ObjectMapper();
        List<RawArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = json.readTree(file.toFile());
                String text = n.path("originalText").asText("");
                if (text.isBlank()) continue;
                articles.add(PipelineFixture.article(file.getFileName().toString(), "Wikinews", null,
                        n.path("documentName").asText(null), text, "de", null));
            }
        }
        return articles;
    }
}
