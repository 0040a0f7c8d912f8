package org.storywire.ingest.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storywire.ingest.article.ArticleSink;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.files.ArticleFiles;

/**
 * Re-publishes an archive (a directory of article files, or a JSON Lines file such as an export of
 * articles.raw) in publication-time order, keeping the original publication and fetch times, as
 * fast as possible or paced at a speed-up of history (3600: an hour of history per second).
 * Articles without a publication time go by their fetch time, and those with neither go last in
 * archive order.
 *
 * <p>The archive is read twice: once to index every article by time and location, once more in
 * time order to publish, so memory holds the index (tens of bytes per article), not the archive.
 */
public final class ArchiveReplay {
    /** Sleeps; a seam so that tests can pace without waiting. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** One article of the archive: when it happened (null if unknown) and where to read it again. */
    public record Entry(Instant eventTime, ArticleFiles.Location location) {
    }

    private final ArticleFiles files;
    private final double speedUp;
    private final Sleeper sleeper;

    /** @param speedUp history seconds per wall second; 0 for as fast as possible */
    public ArchiveReplay(ArticleFiles files, double speedUp, Sleeper sleeper) {
        if (speedUp < 0 || Double.isNaN(speedUp)) {
            throw new IllegalArgumentException("speed-up must be 0 (as fast as possible) or positive: " + speedUp);
        }
        this.files = files;
        this.speedUp = speedUp;
        this.sleeper = sleeper;
    }

    /** Indexes the archive in publication-time order; unreadable entries go to the sink's reject. */
    public List<Entry> index(Path archive, ArticleSink sink) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Path file : ArticleFiles.list(archive)) {
            files.read(archive, file, (article, location) -> entries.add(new Entry(eventTime(article), location)), sink);
        }
        // A stable sort: equal times, and articles without one, keep their archive order.
        entries.sort(Comparator.comparing(Entry::eventTime, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    static Instant eventTime(IncomingArticle article) {
        return article.published() != null ? article.published().instant() : article.fetched();
    }

    /**
     * Reads each indexed article again and hands it to the sink in order, pacing by event time
     * when a speed-up is set. An article that can no longer be read is rejected with the reason.
     */
    public void replay(List<Entry> ordered, ArticleSink sink) throws InterruptedException {
        WholeFileCache cache = new WholeFileCache(files);
        Instant firstEvent = null;
        long startNanos = System.nanoTime();
        for (Entry entry : ordered) {
            if (speedUp > 0 && entry.eventTime() != null) {
                if (firstEvent == null) {
                    firstEvent = entry.eventTime();
                }
                long dueNanos = (long) (Duration.between(firstEvent, entry.eventTime()).toNanos() / speedUp);
                long waitNanos = dueNanos - (System.nanoTime() - startNanos);
                if (waitNanos > 0) {
                    sleeper.sleep(Duration.ofNanos(waitNanos));
                }
            }
            ArticleFiles.Location location = entry.location();
            try {
                IncomingArticle article = location.isLine() ? ArticleFiles.readLine(location) : cache.read(location);
                sink.accept(article.withSource("replay"));
            } catch (IOException e) {
                sink.reject(location.file() + (location.isLine() ? " at byte " + location.offset() : ""), e.getMessage());
            }
        }
    }

    /** The articles of the last whole file read (one, or a JSON array's), by element. */
    private static final class WholeFileCache {
        private final ArticleFiles files;
        private Path file;
        private final Map<Integer, IncomingArticle> articles = new HashMap<>();

        WholeFileCache(ArticleFiles files) {
            this.files = files;
        }

        IncomingArticle read(ArticleFiles.Location location) throws IOException {
            if (!location.file().equals(file)) {
                articles.clear();
                List<String> problems = new ArrayList<>();
                files.read(location.root(), location.file(), (article, at) -> articles.put(at.element(), article), new ArticleSink() {
                    @Override
                    public void accept(IncomingArticle article) {
                        throw new IllegalStateException("articles arrive with their location");
                    }

                    @Override
                    public void reject(String where, String reason) {
                        problems.add(reason);
                    }
                });
                file = location.file();
                if (articles.isEmpty() && !problems.isEmpty()) {
                    throw new IOException(problems.get(0));
                }
            }
            IncomingArticle article = articles.get(location.element());
            if (article == null) {
                throw new IOException("changed since it was indexed");
            }
            return article;
        }
    }
}
