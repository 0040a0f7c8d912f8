package org.storywire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.storywire.ingest.article.ArticleSink;
import org.storywire.ingest.article.IncomingArticle;

class FeedIngestTest {
    private final List<String> accepted = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    private final ArticleSink sink = new ArticleSink() {
        @Override
        public synchronized void accept(IncomingArticle article) {
            accepted.add(article.id());
        }

        @Override
        public synchronized void reject(String where, String reason) {
            rejected.add(where + ": " + reason);
        }
    };

    @Test
    void liveModePollsOnItsIntervalAndFetchesOnlyChangedFeeds() throws Exception {
        try (FixtureFeedServer server = FixtureFeedServer.start()) {
            FeedIngest ingest = new FeedIngest(new FeedPoller(Duration.ofSeconds(5), 1_000_000, Clock.systemUTC()),
                    List.of(server.url("rss2.xml"), server.url("atom.xml"), server.url("malformed.xml")), sink);
            AtomicInteger rounds = new AtomicInteger();
            Thread live = new Thread(() -> {
                try {
                    ingest.run(Duration.ofMillis(20), () -> {
                        if (rounds.incrementAndGet() == 2) {
                            server.touch("atom.xml");
                        }
                        if (rounds.get() == 4) {
                            ingest.stop();
                        }
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            live.start();
            live.join(10_000);
            assertThat(live.isAlive()).isFalse();
            assertThat(rounds.get()).isEqualTo(4);
            // Round 1 reads both feeds; round 2 gets 304s; round 3 re-reads the touched Atom feed; round 4 gets 304s.
            assertThat(accepted).hasSize(2 + 2 + 2);
            assertThat(accepted.subList(4, 6)).containsExactly(
                    "urn:uuid:5c1d9a7e-0000-4000-8000-000000000002", "urn:uuid:5c1d9a7e-0000-4000-8000-000000000003");
            // The malformed feed is reported every round, and never stops the others.
            assertThat(rejected).hasSize(4).allSatisfy(r -> assertThat(r).contains("malformed.xml: malformed feed:"));
        }
    }

    @Test
    void stoppingWhileAFeedIsReadPublishesThatFeedWholeAndLeavesTheRestForTheNextRun() throws Exception {
        try (FixtureFeedServer server = FixtureFeedServer.start()) {
            FeedIngest[] ingest = new FeedIngest[1];
            ArticleSink stopsAtTheFirstArticle = new ArticleSink() {
                @Override
                public void accept(IncomingArticle article) {
                    ingest[0].stop(); // as Ctrl-C would, from another thread
                    sink.accept(article);
                }

                @Override
                public void reject(String where, String reason) {
                    sink.reject(where, reason);
                }
            };
            ingest[0] = new FeedIngest(new FeedPoller(Duration.ofSeconds(5), 1_000_000, Clock.systemUTC()),
                    List.of(server.url("rss2.xml"), server.url("malformed.xml"), server.url("atom.xml")), stopsAtTheFirstArticle);
            ingest[0].pollOnce();
            // Its validators would answer the next poll with 304: a feed cut short would lose its remaining items.
            assertThat(accepted).hasSize(2);
            assertThat(rejected).isEmpty();
        }
    }
}
