package org.storywire.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.storywire.avro.RawArticle;
import org.storywire.avro.TimePrecision;

/** The project's own sample articles (samples/articles.jsonl) as RawArticle records. */
public final class SampleArticles {
    private SampleArticles() {}

    public static List<RawArticle> load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<RawArticle> articles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("..", "samples", "articles.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            articles.add(article(n.get("id").asText(), n.path("outlet").asText(null), n.path("url").asText(null),
                    n.path("title").asText(null), n.get("body").asText(), n.path("language").asText(null),
                    OffsetDateTime.parse(n.get("published").asText()).toInstant()));
        }
        return articles;
    }

    public static RawArticle article(String id, String outlet, String url, String title, String body, String language, Instant published) {
        return RawArticle.newBuilder()
                .setId(id).setSource("test").setOutlet(outlet).setUrl(url).setTitle(title).setBody(body)
                .setLanguage(language).setPublished(published)
                .setPublishedPrecision(published == null ? TimePrecision.UNKNOWN : TimePrecision.MINUTE)
                .setFetched(Instant.now()).setContentHash(Integer.toHexString((outlet + "\n" + title + "\n" + body).hashCode()))
                .build();
    }
}
