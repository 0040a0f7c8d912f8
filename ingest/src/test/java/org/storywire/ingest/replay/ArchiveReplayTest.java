package org.storywire.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.TimePrecision;
import org.storywire.ingest.article.ArticleSink;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.article.PublicationTime;
import org.storywire.ingest.files.ArticleFiles;

class ArchiveReplayTest {
    @TempDir
    Path dir;

    private final List<String> rejected = new ArrayList<>();
    private final ArticleSink rejects = new ArticleSink() {
        @Override
        public void accept(IncomingArticle article) {
            throw new AssertionError("read() collects articles itself");
        }

        @Override
        public void reject(String where, String reason) {
            rejected.add(where + ": " + reason);
        }
    };

    @Test
    void ordersByPublicationTimeThenFetchTimeAndKeepsTheRestInArchiveOrder() throws IOException {
        Path archive = dir.resolve("archive.jsonl");
        Files.writeString(archive, String.join("\n",
                "{\"id\":\"late\",\"body\":\"x\",\"published\":\"2024-11-11T08:01:00+01:00\"}",
                "{\"id\":\"undated-1\",\"body\":\"x\"}",
                "{\"id\":\"month\",\"body\":\"x\",\"published\":\"2024-11\",\"publishedPrecision\":\"MONTH\"}",
                "{\"id\":\"fetched-only\",\"body\":\"x\",\"fetched\":\"2024-11-05T10:00:00Z\"}",
                "{\"id\":\"broken\"}",
                "{\"id\":\"undated-2\",\"body\":\"x\"}",
                "{\"id\":\"early\",\"body\":\"x\",\"published\":1730980200000}"));
        List<IncomingArticle> ordered = new ArchiveReplay(new ArticleFiles(1_000_000), 0, d -> { }).read(archive, rejects);
        assertThat(ordered).extracting(IncomingArticle::id)
                .containsExactly("month", "fetched-only", "early", "late", "undated-1", "undated-2");
        assertThat(ordered).extracting(IncomingArticle::source).containsOnly("replay");
        assertThat(ordered.get(1).fetched()).isEqualTo(Instant.parse("2024-11-05T10:00:00Z"));
        assertThat(rejected).singleElement().asString().startsWith(archive + ":5: no body");
    }

    @Test
    void pacesByHistoryDividedBySpeedUp() throws InterruptedException {
        List<Duration> sleeps = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        List<IncomingArticle> ordered = List.of(
                article("a", "2025-03-04T10:00:00Z"), article("b", "2025-03-04T10:00:00Z"),
                article("c", "2025-03-04T11:00:00Z"), article("d", "2025-03-04T13:00:00Z"));
        new ArchiveReplay(new ArticleFiles(1), 3600, sleeps::add).replay(ordered, a -> sent.add(a.id()));
        assertThat(sent).containsExactly("a", "b", "c", "d");
        // An hour of history per second: c is due about 1 s after a, d about 3 s after a.
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(1));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(2900), Duration.ofSeconds(3));
    }

    @Test
    void asFastAsPossibleNeverSleeps() throws InterruptedException {
        List<Duration> sleeps = new ArrayList<>();
        new ArchiveReplay(new ArticleFiles(1), 0, sleeps::add)
                .replay(List.of(article("a", "2020-01-01T00:00:00Z"), article("b", "2025-01-01T00:00:00Z")), a -> { });
        assertThat(sleeps).isEmpty();
        assertThatThrownBy(() -> new ArchiveReplay(new ArticleFiles(1), -1, d -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    private static IncomingArticle article(String id, String published) {
        return new IncomingArticle(id, "replay", null, null, null, "x", null,
                new PublicationTime(Instant.parse(published), TimePrecision.SECOND), null, null);
    }
}
