package org.storywire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storywire.avro.RawArticle;

class BenchPureTest {
    private static final List<BenchCorpus.SourceText> TEXTS = List.of(
            new BenchCorpus.SourceText("Eins", "Der Minister sagte, es gebe keine Pläne.", "de"),
            new BenchCorpus.SourceText("Zwei", "Ein Sprecher dementierte den Bericht.", "de"),
            new BenchCorpus.SourceText("Drei", "\"Wir prüfen das\", sagte sie.", "de"));

    /** Past the quiet period (60 days of 30 s spacing) a one-story feed's early events have expired: the warning must expect that. */
    @Test
    void theMemoryFeedHoldsTheEventsOfItsLastQuietPeriod() {
        assertEquals(1_000, ReplaySection.eventsHeld(1_000));
        assertEquals(172_801, ReplaySection.eventsHeld(200_000));
        assertEquals(172_801, ReplaySection.eventsHeld(1_000_000));
    }

    @Test
    void generatedArticlesHaveUniqueIdsAndSpreadSortedTimes() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<RawArticle> articles = BenchCorpus.generate(TEXTS, 1000, "run", start, Duration.ofSeconds(30));

        assertEquals(1000, articles.size());
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> ids.add(a.getId()));
        assertEquals(1000, ids.size(), "ids unique");
        for (int i = 1; i < articles.size(); i++) {
            assertTrue(articles.get(i).getPublished().isAfter(articles.get(i - 1).getPublished()), "times strictly increasing at " + i);
        }
        assertEquals(start, articles.get(0).getPublished());
        assertEquals(start.plus(Duration.ofSeconds(30L * 999)), articles.get(999).getPublished(), "spread over the whole span");
        assertEquals(TEXTS.get(1).body(), articles.get(4).getBody(), "texts taken in turn");
    }

    @Test
    void aLogMadeInPartsIsOneSequence() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<RawArticle> whole = BenchCorpus.generate(TEXTS, 10, "run", start, Duration.ofSeconds(1));
        List<RawArticle> second = BenchCorpus.generate(TEXTS, 5, 5, "run", start, Duration.ofSeconds(1));
        assertEquals(whole.subList(5, 10), second);
    }

    @Test
    void brokerWritesAreCountedByKindOfTopic() {
        org.storywire.config.StorywireConfig config = org.storywire.config.StorywireConfig.from(
                org.storywire.config.StorywireConfig.isolatedEnvironment("b:9092", "http://r", "run", java.nio.file.Path.of("s"), 0),
                new java.util.Properties());
        assertEquals("input", BrokerWrites.kind("run.articles.raw", config));
        assertEquals("hops", BrokerWrites.kind("run.statements", config));
        assertEquals("hops", BrokerWrites.kind("run.article-signatures", config));
        assertEquals("changelogs", BrokerWrites.kind("run-app-story-state-changelog", config));
        assertEquals("outputs", BrokerWrites.kind("run.story-updates", config));
        assertEquals("offsets and transactions", BrokerWrites.kind("__transaction_state", config));
        assertEquals(null, BrokerWrites.kind("other-app-story-state-changelog", config), "another run's");
        assertEquals(null, BrokerWrites.kind("_schemas", config));

        BrokerWrites start = new BrokerWrites(java.util.Map.of("offsets and transactions", new BrokerWrites.Written(500, 500, 90_000)),
                java.util.Map.of("__transaction_state", new BrokerWrites.Written(500, 500, 90_000)));
        BrokerWrites end = new BrokerWrites(java.util.Map.of("input", new BrokerWrites.Written(100, 100, 70_000),
                "changelogs", new BrokerWrites.Written(4_000, 4_000, 900_000), "offsets and transactions", new BrokerWrites.Written(620, 620, 110_000)),
                java.util.Map.of("articles.raw", new BrokerWrites.Written(100, 100, 70_000), "story-state-changelog", new BrokerWrites.Written(1_000, 1_000, 300_000),
                        "story-ledgers-changelog", new BrokerWrites.Written(3_000, 2_900, 600_000), "__transaction_state", new BrokerWrites.Written(620, 620, 110_000)));
        assertEquals("written per article: 42.2 offsets, 9.9 kB (input 1.0, 0.7 kB; hops 0.0, 0.0 kB; changelogs 40.0, 9.0 kB; "
                + "outputs 0.0, 0.0 kB; offsets and transactions 1.2, 0.2 kB)", end.since(start).perArticle(100));
        assertEquals("by topic, offsets (of them transaction markers) per article: 1.00 markers; story-ledgers-changelog 30.00 (1.00), "
                + "story-state-changelog 10.00 (0.00), __transaction_state 1.20 (0.00), articles.raw 1.00 (0.00)", end.since(start).perArticleByTopic(100));
    }

    @Test
    void brokerWritesNameAChangelogByItsStoreAndARunsTopicByItsRole() {
        org.storywire.config.StorywireConfig config = org.storywire.config.StorywireConfig.from(
                org.storywire.config.StorywireConfig.isolatedEnvironment("b:9092", "http://r", "run", java.nio.file.Path.of("s"), 0),
                new java.util.Properties());
        assertEquals("story-state-changelog", BrokerWrites.label("run-app-story-state-changelog", config));
        assertEquals("statements", BrokerWrites.label("run.statements", config));
        assertEquals("articles.raw", BrokerWrites.label("run.articles.raw", config));
        assertEquals("__consumer_offsets", BrokerWrites.label("__consumer_offsets", config));
    }

    @Test
    void wikinewsDocumentNamesBecomeTitles() {
        assertEquals("Hurrikan Katrina: USA lehnten Lebensmittelhilfe aus Deutschland ab",
                BenchCorpus.title("12325 - Hurrikan Katrina: USA lehnten Lebensmittelhilfe aus Deutschland ab (2005-09-10)"));
    }

    @Test
    void theWarmPartRunsFromTheMarkToTheEnd() {
        CpuUse atMark = new CpuUse(10, 4, 3, 1, 0.5);
        CpuUse atEnd = new CpuUse(16, 8, 3.5, 1.5, 0.75);
        WarmPart part = WarmPart.between(500, 1_000_000_000L, atMark, 3_500_000_000L, atEnd);
        assertEquals(500, part.articles());
        assertEquals(2.5, part.seconds(), 1e-9);
        assertEquals(200, part.articlesPerSecond(), 1e-9);
        assertEquals(new CpuUse(6, 4, 0.5, 0.5, 0.25), part.cpu());
        assertEquals(0, WarmPart.between(500, 7, atMark, 7, atEnd).articlesPerSecond(), "no time: no rate");
    }

    @Test
    void heapPerStoryIsTheHeapOverTheStories() {
        assertEquals(2.5, new HeapAfter(400, 390, 1_000_000).kilobytesPerStory(), 1e-9);
        assertEquals(0, new HeapAfter(0, 0, 1_000_000).kilobytesPerStory(), "no stories: no figure");
    }

    @Test
    void percentilesByNearestRank() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) values[99 - i] = i + 1; // 100..1, unsorted on purpose
        Percentiles p = Percentiles.of(values);
        assertEquals(100, p.count());
        assertEquals(50, p.p50());
        assertEquals(99, p.p99());
        assertEquals(100, p.max());
        assertEquals(100, values[0], "input left as it was");
    }

    @Test
    void percentilesOfSmallAndEmptySamples() {
        Percentiles one = Percentiles.of(new double[] {7});
        assertEquals(7, one.p50());
        assertEquals(7, one.p99());
        assertEquals(new Percentiles(0, 0, 0, 0), Percentiles.of(new double[0]));
        Percentiles three = Percentiles.of(new double[] {3, 1, 2});
        assertEquals(2, three.p50());
        assertEquals(3, three.p99());
    }

    @Test
    void theMarkdownTableReplacesTheLastOneAndLeavesTheRestOfTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("BENCHMARKS.md");
        String prose = "# Benchmarks\n\nprose that names the `" + BenchMarkdown.BEGIN + "` and `" + BenchMarkdown.END + "` markers\n";
        java.nio.file.Files.writeString(file, prose);
        BenchMarkdown.write(file, BenchMarkdown.table("storywire bench", "1.00 0.50 0.20", "2.00 1.00 0.40",
                List.<String[]>of(new String[] {"extraction", "1 thread", "600 articles/s"})));
        BenchMarkdown.write(file, BenchMarkdown.table("storywire bench --only e2e", "3.00 1.00 0.40 2/345 6789", "4.00 1.00 0.40",
                List.<String[]>of(new String[] {"end to end", "exactly_once_v2", "900 articles/s"})));

        String text = java.nio.file.Files.readString(file);
        assertTrue(text.startsWith(prose), text);
        assertTrue(text.contains("| end to end | exactly_once_v2 | 900 articles/s |"), text);
        assertTrue(text.contains("before: 3.00 1.00 0.40; after: 4.00 1.00 0.40"), text);
        assertTrue(!text.contains("600 articles/s"), "the earlier table is replaced: " + text);
        assertEquals(1, text.split("\n" + BenchMarkdown.BEGIN + "\n", -1).length - 1, text);
    }

    @Test
    void anEarlierRoundsTableStaysWhenALaterSectionHasItsOwn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("BENCHMARKS.md");
        String earlier = "## Round one\n\n" + BenchMarkdown.BEGIN + "\n| extraction | 1 thread | 600 articles/s |\n" + BenchMarkdown.END + "\n";
        java.nio.file.Files.writeString(file, earlier + "\n## Round two\n\n" + BenchMarkdown.BEGIN + "\n" + BenchMarkdown.END + "\n");
        BenchMarkdown.write(file, BenchMarkdown.table("storywire bench --only memory", "1.00 1.00 1.00", "2.00 2.00 2.00",
                List.<String[]>of(new String[] {"memory", "10000 one-story articles", "10000 stories"})));

        String text = java.nio.file.Files.readString(file);
        assertTrue(text.startsWith(earlier), "the earlier round's table is kept: " + text);
        assertTrue(text.substring(text.indexOf("## Round two")).contains("| memory | 10000 one-story articles | 10000 stories |"), text);
    }
}
