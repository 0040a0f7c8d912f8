package org.storywire.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void normalisesUrlsSoThatTheSameArticleGetsTheSameId() {
        assertThat(ArticleIds.normaliseUrl("HTTPS://News.Example:443/a/b?utm_source=rss&id=7&fbclid=x#comments"))
                .isEqualTo("https://news.example/a/b?id=7");
        assertThat(ArticleIds.normaliseUrl("http://news.example")).isEqualTo("http://news.example/");
        assertThat(ArticleIds.normaliseUrl("http://news.example:8080/x")).isEqualTo("http://news.example:8080/x");
    }

    @Test
    void keepsNonUrlIdsAsGiven() {
        assertThat(ArticleIds.normalise("  urn:uuid:1234 ")).isEqualTo("urn:uuid:1234");
        assertThat(ArticleIds.normalise("hafenblatt-4711")).isEqualTo("hafenblatt-4711");
    }

    @Test
    void prefersTheOwnIdThenTheUrlThenTheContentHash() {
        String hash = ContentHash.of("Outlet", "Title", "Body");
        assertThat(ArticleIds.of(article("guid-1", "https://x.example/a"), hash)).isEqualTo("guid-1");
        assertThat(ArticleIds.of(article(null, "https://x.example/a?utm_medium=x"), hash)).isEqualTo("https://x.example/a");
        assertThat(ArticleIds.of(article(" ", null), hash)).isEqualTo("sha256:" + hash.substring(0, 32));
    }

    @Test
    void contentHashSeparatesFields() {
        assertThat(ContentHash.of("ab", "c", "body")).isNotEqualTo(ContentHash.of("a", "bc", "body"));
        assertThat(ContentHash.of(null, "t", "body")).isEqualTo(ContentHash.of("", "t", "body"));
        assertThat(ContentHash.of("o", "t", "body")).hasSize(64);
    }

    private static IncomingArticle article(String id, String url) {
        return new IncomingArticle(id, "test", "Outlet", url, "Title", "Body", null, null, null, null);
    }
}
