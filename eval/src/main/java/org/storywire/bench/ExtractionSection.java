package org.storywire.bench;

import static org.storywire.bench.BenchRun.bodyBytes;
import static org.storywire.bench.BenchRun.progress;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storywire.avro.RawArticle;
import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.extract.Document;
import org.storywire.extract.StatementExtractor;
import org.storywire.story.StoryGrouper;
import org.storywire.topology.ArticleAnalyzer;
import org.storywire.topology.ArticleStories;
import org.storywire.topology.AvroMapping;

/**
 * The bench's sections without a broker: extraction (clean, extract, group into stories) and event grouping, each
 * alone in this JVM, so that end to end can be read against what the domain code does by itself.
 */
final class ExtractionSection {
    private final BenchRun bench;

    ExtractionSection(BenchRun bench) {
        this.bench = bench;
    }

    // ---- extraction alone -------------------------------------------------------------------

    void extraction(List<RawArticle> articleSet) throws Exception {
        List<Article> input = articleSet.stream().map(AvroMapping::article).toList();
        long bytes = bodyBytes(articleSet);
        progress("extraction: warming up");
        extract(input.subList(0, Math.min(input.size(), 300)), 1);
        Map<String, Object> section = new LinkedHashMap<>();
        extractionRow(section, input, bytes, 1, "1thread", "1 thread");
        extractionRow(section, input, bytes, 2, "2thread", "2 threads");
        // The JIT is still compiling through the first rows (300 articles of warm-up are few for this much code): a
        // second pass on one thread gives the warm rate a long replay runs at, beside the row comparable with earlier runs.
        extractionRow(section, input, bytes, 1, "1threadSecondPass", "1 thread, second pass");
        bench.results().put("extraction", section);
    }

    private void extractionRow(Map<String, Object> section, List<Article> input, long bytes, int threads, String key, String label)
            throws Exception {
        progress("extraction: " + input.size() + " articles, " + label);
        ExtractionRun run = extract(input, threads);
        double seconds = run.seconds();
        double rate = input.size() / seconds;
        double cpuMs = run.cpuMillisPerArticle(input.size());
        section.put(key, Map.of("seconds", seconds, "articlesPerSecond", rate, "megabytesPerSecond", bytes / 1e6 / seconds,
                "cpuMillisPerArticle", cpuMs));
        bench.row("extraction", label, "%.0f articles/s, %.2f MB/s, thread CPU %.2f ms/article", rate, bytes / 1e6 / seconds, cpuMs);
    }

    /**
     * Wall-clock seconds and the workers' summed thread CPU of one extraction run. On a shared machine the rate
     * moves with the others' load; CPU time a thread spent on the articles moves much less.
     */
    record ExtractionRun(double seconds, long cpuNanos) {
        double cpuMillisPerArticle(int articles) {
            return cpuNanos / 1e6 / articles;
        }
    }

    /** Cleans, extracts and groups {@code input}, split over {@code threads} threads with an analyzer each. */
    static ExtractionRun extract(List<Article> input, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Article> part = input.subList(t * input.size() / threads, (t + 1) * input.size() / threads);
                parts.add(pool.submit(() -> {
                    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    Cleaner cleaner = new Cleaner();
                    StatementExtractor extractor = new StatementExtractor();
                    ArticleAnalyzer analyzer = article -> {
                        Document document = extractor.read(cleaner.clean(article));
                        return new ArticleAnalyzer.Analysis(document, extractor.extract(document));
                    };
                    for (Article article : part) ArticleStories.of(article, analyzer, StoryGrouper.standard());
                    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
                }));
            }
            long cpuNanos = 0;
            for (Future<Long> part : parts) cpuNanos += part.get();
            return new ExtractionRun((System.nanoTime() - start) / 1e9, cpuNanos);
        } finally {
            pool.shutdown();
        }
    }

    // ---- event grouping alone ----------------------------------------------------------------

    void events(List<RawArticle> articleSet) {
        List<Article> input = articleSet.stream().map(AvroMapping::article).toList();
        progress("event grouping: warming up");
        EventGroupingBench.run(input.subList(0, Math.min(input.size(), 300)));
        progress("event grouping: " + input.size() + " articles");
        EventGroupingBench.Result r = EventGroupingBench.run(input);
        double signRate = r.articles() / r.signSeconds();
        double assignRate = r.articles() / r.assignSeconds();
        bench.results().put("events", Map.of("articles", r.articles(), "signSeconds", r.signSeconds(), "assignSeconds", r.assignSeconds(),
                "signaturesPerSecond", signRate, "assignmentsPerSecond", assignRate, "events", r.events()));
        bench.row("event grouping", "signatures, 1 thread", "%.0f articles/s", signRate);
        bench.row("event grouping", "assignment, 1 thread (one partition)", "%.0f articles/s (%d events)", assignRate, r.events());
    }
}
