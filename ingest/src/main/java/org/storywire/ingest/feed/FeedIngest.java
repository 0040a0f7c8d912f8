package org.storywire.ingest.feed;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.storywire.ingest.article.ArticleSink;
import org.storywire.ingest.article.IncomingArticle;

/** Polls a set of feeds, once or on an interval until stopped, and hands what they hold to a sink. */
public final class FeedIngest {
    private final FeedPoller poller;
    private final List<URI> feeds;
    private final ArticleSink sink;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public FeedIngest(FeedPoller poller, List<URI> feeds, ArticleSink sink) {
        this.poller = poller;
        this.feeds = List.copyOf(feeds);
        this.sink = sink;
    }

    /**
     * Polls every feed once; a failing feed is reported and the others are still polled. After
     * {@link #stop()} the feeds not yet polled are left for the next run.
     */
    public void pollOnce() {
        for (URI feed : feeds) {
            if (isStopped()) return;
            FeedPoller.Poll poll = poller.poll(feed);
            if (poll instanceof FeedPoller.Fetched fetched) {
                for (IncomingArticle article : fetched.articles()) {
                    sink.accept(article);
                }
            } else if (poll instanceof FeedPoller.Failed failed) {
                sink.reject(feed.toString(), failed.reason());
            }
        }
    }

    /** Polls every {@code interval} until {@link #stop()}; {@code afterPoll} runs after each round. */
    public void run(Duration interval, Runnable afterPoll) throws InterruptedException {
        do {
            pollOnce();
            afterPoll.run();
        } while (!stopped.await(interval.toMillis(), TimeUnit.MILLISECONDS));
    }

    public void stop() {
        stopped.countDown();
    }

    private boolean isStopped() {
        return stopped.getCount() == 0;
    }
}
