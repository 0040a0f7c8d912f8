package org.storywire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storywire.avro.TimePrecision;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.article.PublicationTime;

class FeedPollerTest {
    private static final Instant NOW = Instant.parse("2025-03-07T08:00:00Z");

    private FixtureFeedServer server;
    private FeedPoller poller;

    @BeforeEach
    void start() throws IOException {
        server = FixtureFeedServer.start();
        poller = new FeedPoller(Duration.ofSeconds(5), 1_000_000, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsRssItemsWithHtmlStripped() {
        FeedPoller.Poll poll = poller.poll(server.url("rss2.xml"));
        assertThat(poll).isInstanceOf(FeedPoller.Fetched.class);
        var articles = ((FeedPoller.Fetched) poll).articles();
        assertThat(articles).hasSize(2);
        IncomingArticle first = articles.get(0);
        assertThat(first.id()).isEqualTo("https://Hafenblatt.example/2025/03/faehre#top");
        assertThat(first.url()).isEqualTo("https://hafenblatt.example/2025/03/faehre?utm_source=rss&utm_medium=feed");
        assertThat(first.outlet()).isEqualTo("Hafenblatt Nord");
        assertThat(first.title()).isEqualTo("Fährbetrieb nach Sturm wieder aufgenommen");
        assertThat(first.body()).isEqualTo("Die Fähre zur Möweninsel fährt seit Dienstagmorgen wieder.\n"
                + "Ein Sprecher der Reederei sagte, der Anleger sei „ohne größere Schäden“ geblieben.");
        assertThat(first.published()).isEqualTo(new PublicationTime(Instant.parse("2025-03-04T06:15:00Z"), TimePrecision.SECOND));
        assertThat(first.fetched()).isEqualTo(NOW);
        assertThat(first.feed()).isEqualTo(server.url("rss2.xml").toString());
        IncomingArticle second = articles.get(1);
        assertThat(second.id()).isEqualTo("hafenblatt-4711");
        assertThat(second.body()).startsWith("Sanierung\nDer Stadtrat hat").doesNotContain("Kurzfassung");
    }

    @Test
    void readsAtomEntries() {
        var articles = ((FeedPoller.Fetched) poller.poll(server.url("atom.xml"))).articles();
        assertThat(articles).extracting(IncomingArticle::id)
                .containsExactly("urn:uuid:5c1d9a7e-0000-4000-8000-000000000002", "urn:uuid:5c1d9a7e-0000-4000-8000-000000000003");
        assertThat(articles.get(0).published().instant()).isEqualTo(Instant.parse("2025-03-06T09:45:30Z"));
        assertThat(articles.get(0).body()).contains("calling a newspaper report \"simply false\".\nA spokesperson declined");
        assertThat(articles.get(1).published().instant()).isEqualTo(Instant.parse("2025-03-05T16:20:00Z"));
        assertThat(articles.get(1).body()).startsWith("The town library reopened");
        assertThat(articles.get(1).outlet()).isEqualTo("Valley Ledger");
    }

    @Test
    void conditionalGetSkipsAnUnchangedFeed() {
        assertThat(poller.poll(server.url("rss2.xml"))).isInstanceOf(FeedPoller.Fetched.class);
        assertThat(poller.poll(server.url("rss2.xml"))).isInstanceOf(FeedPoller.NotModified.class);
        assertThat(server.lastRequestHeader("If-None-Match")).isNotNull();
        server.touch("rss2.xml");
        assertThat(poller.poll(server.url("rss2.xml"))).isInstanceOf(FeedPoller.Fetched.class);
    }

    @Test
    void lastModifiedAloneIsEnough() {
        server.sendEtags(false);
        assertThat(poller.poll(server.url("atom.xml"))).isInstanceOf(FeedPoller.Fetched.class);
        assertThat(poller.poll(server.url("atom.xml"))).isInstanceOf(FeedPoller.NotModified.class);
        assertThat(server.lastRequestHeader("If-Modified-Since")).isNotNull();
        assertThat(server.lastRequestHeader("If-None-Match")).isNull();
    }

    @Test
    void reportsMalformedMissingAndUnreachableFeeds() throws IOException {
        assertThat(poller.poll(server.url("malformed.xml"))).isInstanceOfSatisfying(FeedPoller.Failed.class,
                f -> assertThat(f.reason()).startsWith("malformed feed:"));
        assertThat(poller.poll(server.url("missing.xml"))).isInstanceOfSatisfying(FeedPoller.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("HTTP 404"));
        int closedPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            closedPort = socket.getLocalPort();
        }
        assertThat(poller.poll(URI.create("http://127.0.0.1:" + closedPort + "/feed.xml"))).isInstanceOfSatisfying(FeedPoller.Failed.class,
                f -> assertThat(f.reason()).startsWith("unreachable:"));
    }
}
