package org.storywire.ingest.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.storywire.ingest.article.ArticleSink;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.files.ArticleFiles;

/**
 * Re-publishes an archive (a directory of article files, or a JSON Lines file such as an export of
 * articles.raw) in publication-time order, keeping the original publication and fetch times, as
 * fast as possible or paced at a speed-up of history (3600: an hour of history per second).
 * Articles without a publication time go by their fetch time, and those with neither go last in
 * archive order. The whole archive is read and sorted before the first article is sent.
 */
public final class ArchiveReplay {
    /** Sleeps; a seam so that tests can pace without waiting. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
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

    /** Reads the archive into publication-time order; unreadable entries go to the sink's reject. */
    public List<IncomingArticle> read(Path archive, ArticleSink sink) throws IOException {
        List<IncomingArticle> articles = new ArrayList<>();
        ArticleSink collect = new ArticleSink() {
            @Override
            public void accept(IncomingArticle article) {
                articles.add(article.withSource("replay"));
            }

            @Override
            public void reject(String where, String reason) {
                sink.reject(where, reason);
            }
        };
        for (Path file : ArticleFiles.list(archive)) {
            files.read(archive, file, collect);
        }
        return inPublicationOrder(articles);
    }

    /** Stable sort by publication time, else fetch time; articles with neither keep their order at the end. */
    public static List<IncomingArticle> inPublicationOrder(List<IncomingArticle> articles) {
        List<IncomingArticle> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(ArchiveReplay::eventTime, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    static Instant eventTime(IncomingArticle article) {
        return article.published() != null ? article.published().instant() : article.fetched();
    }

    /** Sends the articles in order, pacing by their event times when a speed-up is set. */
    public void replay(List<IncomingArticle> ordered, Consumer<IncomingArticle> publish) throws InterruptedException {
        Instant firstEvent = null;
        long startNanos = System.nanoTime();
        for (IncomingArticle article : ordered) {
            Instant event = eventTime(article);
            if (speedUp > 0 && event != null) {
                if (firstEvent == null) {
                    firstEvent = event;
                }
                long dueNanos = (long) (Duration.between(firstEvent, event).toNanos() / speedUp);
                long waitNanos = dueNanos - (System.nanoTime() - startNanos);
                if (waitNanos > 0) {
                    sleeper.sleep(Duration.ofNanos(waitNanos));
                }
            }
            publish.accept(article);
        }
    }
}
