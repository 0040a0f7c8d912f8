package org.storywire.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.storywire.avro.TimePrecision;
import org.storywire.ingest.article.IncomingArticle;

class HttpIngestServerParseTest {
    @Test
    void readsOneArticle() {
        var articles = HttpIngestServer.parse(bytes("{\"url\":\"https://x.example/1\",\"title\":\"T\",\"body\":\"Text\",\"published\":\"2025-03\"}"));
        assertThat(articles).hasSize(1);
        IncomingArticle a = articles.get(0);
        assertThat(a.source()).isEqualTo("http");
        assertThat(a.published().precision()).isEqualTo(TimePrecision.MONTH);
    }

    @Test
    void readsJsonLinesAndArrays() {
        assertThat(HttpIngestServer.parse(bytes("{\"id\":\"1\",\"body\":\"a\"}\n\n{\"id\":\"2\",\"text\":\"b\"}\n")))
                .extracting(IncomingArticle::id).containsExactly("1", "2");
        assertThat(HttpIngestServer.parse(bytes("[{\"id\":\"1\",\"body\":\"a\"},{\"id\":\"2\",\"body\":\"b\"}]")))
                .extracting(IncomingArticle::id).containsExactly("1", "2");
    }

    @Test
    void namesWhatIsWrong() {
        assertThatThrownBy(() -> HttpIngestServer.parse(bytes("{\"id\":\"1\",\"body\":\"a\"}\n{\"id\":\"2\"}")))
                .hasMessage("line 2: no body: one of body, text must be a non-empty string");
        assertThatThrownBy(() -> HttpIngestServer.parse(bytes("{\"id\":\"1\",\"body\":\"a\"}\n{\"id\":")))
                .hasMessageStartingWith("line 2: malformed JSON");
        assertThatThrownBy(() -> HttpIngestServer.parse(bytes("{\"body\":\"a\",\"published\":\"soon\"}")))
                .hasMessage("article: unreadable publication time: soon");
        assertThatThrownBy(() -> HttpIngestServer.parse(bytes("[1]")))
                .hasMessage("element 0: expected a JSON object, got number");
        assertThatThrownBy(() -> HttpIngestServer.parse(new byte[] {'"', (byte) 0xFF, '"'}))
                .hasMessage("invalid UTF-8 at byte 1");
        assertThatThrownBy(() -> HttpIngestServer.parse(bytes("  "))).hasMessageStartingWith("empty request");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
