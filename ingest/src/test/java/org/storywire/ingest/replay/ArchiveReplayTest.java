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
import org.storywire.ingest.article.ArticleSink;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.files.ArticleFiles;

class ArchiveReplayTest {
    @TempDir
    Path dir;

    private final List<IncomingArticle> sent = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    private final ArticleSink sink = new ArticleSink() {
        @Override
        public void accept(IncomingArticle article) {
            sent.add(article);
        }

        @Override
        public void reject(String where, String reason) {
            rejected.add(where + ": " + reason);
        }
    };

    @Test
    void ordersByPublicationTimeThenFetchTimeAndKeepsTheRestInArchiveOrder() throws Exception {
        Path archive = dir.resolve("archive.jsonl");
        Files.writeString(archive, String.join("\n",
                "{\"id\":\"late\",\"body\":\"x\",\"published\":\"2024-11-11T08:01:00+01:00\"}",
                "{\"id\":\"undated-1\",\"body\":\"x\"}",
                "{\"id\":\"month\",\"body\":\"x\",\"published\":\"2024-11\",\"publishedPrecision\":\"MONTH\"}",
                "{\"id\":\"fetched-only\",\"body\":\"x\",\"fetched\":\"2024-11-05T10:00:00Z\"}",
                "{\"id\":\"broken\"}",
                "{\"id\":\"undated-2\",\"body\":\"x\"}",
                "{\"id\":\"early\",\"body\":\"x\",\"published\":1730980200000}"));
        ArchiveReplay replay = new ArchiveReplay(new ArticleFiles(1_000_000), 0, d -> { });
        List<ArchiveReplay.Entry> index = replay.index(archive, sink);
        assertThat(rejected).singleElement().asString().startsWith(archive + ":5: no body");
        assertThat(sent).isEmpty();
        replay.replay(index, sink);
        assertThat(sent).extracting(IncomingArticle::id)
                .containsExactly("month", "fetched-only", "early", "late", "undated-1", "undated-2");
        assertThat(sent).extracting(IncomingArticle::source).containsOnly("replay");
        assertThat(sent.get(1).fetched()).isEqualTo(Instant.parse("2024-11-05T10:00:00Z"));
    }

    @Test
    void readsADirectoryArchiveOfTextAndJsonArrays() throws Exception {
        Path archive = dir.resolve("archive");
        Files.createDirectories(archive.resolve("2024"));
        Files.writeString(archive.resolve("2024/b.txt"), "date 2024-11-07 Der zweite Bericht.");
        Files.writeString(archive.resolve("2024/batch.json"), "[{\"id\":\"c\",\"body\":\"x\",\"published\":\"2024-11-09\"},"
                + "{\"id\":\"a\",\"body\":\"x\",\"published\":\"2024-11-01\"}]");
        ArchiveReplay replay = new ArchiveReplay(new ArticleFiles(1_000_000), 0, d -> { });
        replay.replay(replay.index(archive, sink), sink);
        assertThat(sent).extracting(IncomingArticle::id).containsExactly("a", "2024/b.txt", "c");
    }

    @Test
    void anArticleThatChangedAfterIndexingIsReported() throws Exception {
        Path archive = dir.resolve("archive.jsonl");
        Files.writeString(archive, "{\"id\":\"a\",\"body\":\"x\"}\n{\"id\":\"b\",\"body\":\"y\"}\n");
        ArchiveReplay replay = new ArchiveReplay(new ArticleFiles(1_000_000), 0, d -> { });
        List<ArchiveReplay.Entry> index = replay.index(archive, sink);
        Files.writeString(archive, "{\"id\":\"a\",\"body\":\"x\"}\n");
        replay.replay(index, sink);
        assertThat(sent).extracting(IncomingArticle::id).containsExactly("a");
        assertThat(rejected).containsExactly(archive + " at byte 22: shorter than when it was indexed");
    }

    @Test
    void pacesByHistoryDividedBySpeedUp() throws Exception {
        List<Duration> sleeps = new ArrayList<>();
        Path archive = dir.resolve("paced.jsonl");
        Files.writeString(archive, String.join("\n",
                "{\"id\":\"a\",\"body\":\"x\",\"published\":\"2025-03-04T10:00:00Z\"}",
                "{\"id\":\"b\",\"body\":\"x\",\"published\":\"2025-03-04T10:00:00Z\"}",
                "{\"id\":\"c\",\"body\":\"x\",\"published\":\"2025-03-04T11:00:00Z\"}",
                "{\"id\":\"d\",\"body\":\"x\",\"published\":\"2025-03-04T13:00:00Z\"}"));
        ArchiveReplay replay = new ArchiveReplay(new ArticleFiles(1_000_000), 3600, sleeps::add);
        replay.replay(replay.index(archive, sink), sink);
        assertThat(sent).extracting(IncomingArticle::id).containsExactly("a", "b", "c", "d");
        // An hour of history per second: c is due about 1 s after a, d about 3 s after a.
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(3));
    }

    @Test
    void asFastAsPossibleNeverSleeps() throws Exception {
        List<Duration> sleeps = new ArrayList<>();
        Path archive = dir.resolve("years.jsonl");
        Files.writeString(archive, "{\"id\":\"a\",\"body\":\"x\",\"published\":\"2020\"}\n{\"id\":\"b\",\"body\":\"x\",\"published\":\"2025\"}\n");
        ArchiveReplay replay = new ArchiveReplay(new ArticleFiles(1_000_000), 0, sleeps::add);
        replay.replay(replay.index(archive, sink), sink);
        assertThat(sent).hasSize(2);
        assertThat(sleeps).isEmpty();
        assertThatThrownBy(() -> new ArchiveReplay(new ArticleFiles(1), -1, d -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
