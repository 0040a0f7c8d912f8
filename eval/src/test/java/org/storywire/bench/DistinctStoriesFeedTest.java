package org.storywire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storywire.avro.RawArticle;
import org.storywire.clean.Article;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.Cleaner;
import org.storywire.event.EventIndex;
import org.storywire.event.EventSettings;
import org.storywire.event.EventSignatures;
import org.storywire.event.InMemoryEventStore;
import org.storywire.extract.Document;
import org.storywire.extract.StatementExtractor;
import org.storywire.story.StoryBook;
import org.storywire.story.ArticleInfo;
import org.storywire.topology.AvroMapping;

/**
 * The memory bench divides heap by stories and events, so its feed must make one of each per
 * article with today's story and event layers: run here through the same steps the topology takes
 * (clean, extract, group, fold; sign, assign), in memory.
 */
class DistinctStoriesFeedTest {
    private static final int N = 300;

    /** The first articles of a run and the last ones of a million-article run, whose names are spelt longer. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1_000_000 - N})
    void everyArticleIsAStoryAndAnEventOfItsOwn(int from) {
        // Spaced as the bench spaces them: events close by time, so neighbours must differ in what they say.
        List<RawArticle> feed = BenchCorpus.distinctStories(from, N, "feed", Instant.parse("2020-01-01T00:00:00Z"), Duration.ofSeconds(30));
        Cleaner cleaner = new Cleaner();
        StatementExtractor extractor = new StatementExtractor();
        EventSignatures signatures = new EventSignatures();
        StoryBook book = StoryBook.standard();
        EventIndex events = new EventIndex(EventSettings.defaults(), new InMemoryEventStore());
        for (RawArticle raw : feed) {
            Article article = AvroMapping.article(raw);
            CleanArticle clean = cleaner.clean(article);
            Document document = extractor.read(clean);
            book.ingest(ArticleInfo.of(document), extractor.extract(document));
            events.assign(signatures.of(document));
        }
        assertEquals(N, book.stories().size(), "stories");
        assertEquals(N, events.size(), "events");
    }
}
