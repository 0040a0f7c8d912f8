package org.storywire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.avro.TimePrecision;
import org.storywire.ingest.ContentHashStore.Change;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.analyse.LanguageDetector;
import org.storywire.ingest.article.PublicationTime;

/** The publisher's decisions (ids, timestamps, what is skipped, what a failed send leaves) without a broker. */
class ArticlePublisherTest {
    private static final Instant NOW = Instant.parse("2025-03-07T08:00:00Z");

    @TempDir
    Path state;

    private MockProducer<String, RawArticle> producer;
    private ContentHashStore hashes;
    private IngestSummary summary;
    private ArticlePublisher publisher;

    @BeforeEach
    void create() {
        producer = new MockProducer<>(false, null, new StringSerializer(), (topic, value) -> new byte[0]);
        hashes = ContentHashStore.open(state, "raw");
        summary = new IngestSummary();
        publisher = new ArticlePublisher(producer, "raw", hashes, LanguageDetector.create(), summary, Clock.fixed(NOW, ZoneOffset.UTC), false);
    }

    @AfterEach
    void close() {
        hashes.close();
    }

    @Test
    void keysByIdAndStampsWithThePublicationTime() {
        var published = new PublicationTime(Instant.parse("2024-11-01T00:00:00Z"), TimePrecision.MONTH);
        var sent = publisher.publish(article("https://hafen.example/a?utm_source=x#top", "Die Fähre fährt wieder, sagte ein Sprecher der Reederei.", published));
        producer.completeNext();
        assertThat(sent).isCompletedWithValue(new ArticlePublisher.Publication("https://hafen.example/a", Change.NEW));
        ProducerRecord<String, RawArticle> record = producer.history().get(0);
        assertThat(record.key()).isEqualTo("https://hafen.example/a");
        assertThat(record.timestamp()).isEqualTo(published.instant().toEpochMilli());
        assertThat(record.value().getPublishedPrecision()).isEqualTo(TimePrecision.MONTH);
        assertThat(record.value().getFetched()).isEqualTo(NOW);
        assertThat(record.value().getLanguage()).isEqualTo("de");
        assertThat(record.value().getUrl()).isEqualTo("https://hafen.example/a?utm_source=x#top");
    }

    @Test
    void anArticleDatedAheadOfNowIsStampedNowAndKeepsItsStatedTime() {
        var ahead = new PublicationTime(NOW.plusSeconds(3 * 3600), TimePrecision.MINUTE);
        publisher.publish(article("https://hafen.example/b", "Die Fähre fährt wieder, sagte ein Sprecher der Reederei.", ahead));
        producer.completeNext();
        ProducerRecord<String, RawArticle> record = producer.history().get(0);
        assertThat(record.timestamp()).isEqualTo(NOW.toEpochMilli());
        assertThat(record.value().getPublished()).isEqualTo(ahead.instant());
    }

    @Test
    void withoutAPublicationTimeTheFetchTimeStampsTheRecord() {
        publisher.publish(article(null, "A text without any time.", null));
        producer.completeNext();
        assertThat(producer.history().get(0).timestamp()).isEqualTo(NOW.toEpochMilli());
        assertThat(producer.history().get(0).key()).startsWith("sha256:");
        assertThat(producer.history().get(0).value().getPublishedPrecision()).isEqualTo(TimePrecision.UNKNOWN);
    }

    @Test
    void unchangedArticlesAreNotSentAgain() {
        publisher.publish(article("a", "Body", null));
        producer.completeNext();
        assertThat(publisher.publish(article("a", "Body", null))).isCompletedWithValue(new ArticlePublisher.Publication("a", Change.UNCHANGED));
        publisher.publish(article("a", "Body, corrected", null));
        producer.completeNext();
        assertThat(producer.history()).hasSize(2);
        assertThat(summary.line()).startsWith("published 1, updated 1, unchanged 1, failed 0");
    }

    @Test
    void aFailedSendIsReportedAndTriedAgainNextTime() {
        var failed = publisher.publish(article("a", "Body", null));
        producer.errorNext(new TimeoutException("broker gone"));
        assertThat(failed).isCompletedExceptionally();
        assertThat(hashes.get("a")).isNull();
        var retried = publisher.publish(article("a", "Body", null));
        producer.completeNext();
        assertThat(retried).isCompletedWithValue(new ArticlePublisher.Publication("a", Change.NEW));
        StringWriter out = new StringWriter();
        summary.print(new PrintWriter(out));
        assertThat(out.toString()).contains("failed: test-feed (a): not published: broker gone");
    }

    @Test
    void anEmptyBodyIsReportedWithTheArticle() {
        assertThat(publisher.publish(article("https://feed.example/item-7", "  ", null))).isCompletedExceptionally();
        StringWriter out = new StringWriter();
        summary.print(new PrintWriter(out));
        assertThat(out.toString()).contains("failed: test-feed (https://feed.example/item-7): empty body");
        assertThat(producer.history()).isEmpty();
    }

    private static IncomingArticle article(String idOrUrl, String body, PublicationTime published) {
        boolean url = idOrUrl != null && idOrUrl.startsWith("http");
        return new IncomingArticle(url ? null : idOrUrl, "test", null, url ? idOrUrl : null, null, body, null, published, null, "test-feed");
    }
}
