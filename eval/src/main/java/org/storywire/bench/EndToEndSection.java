package org.storywire.bench;

import static org.storywire.bench.BenchRun.progress;
import static org.storywire.bench.BenchRun.repositoryRoot;
import static org.storywire.bench.BenchRun.startProcessor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.serialization.Serializer;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.processor.ProcessCommand;
import org.storywire.processor.ProcessorApp;

/**
 * The bench's end-to-end runs (articles published to a real broker, through a whole processor, timed until it has
 * caught up) and the broker's own ceiling in the same JVM, which those runs are read against.
 */
final class EndToEndSection {
    private final BenchRun bench;
    private final int warmUp;
    private final List<String> guarantees;
    private final int ceilingRecords;

    /** {@code warmUp} articles go through a throw-away processor first; one timed run per processing guarantee. */
    EndToEndSection(BenchRun bench, int warmUp, List<String> guarantees, int ceilingRecords) {
        this.bench = bench;
        this.warmUp = warmUp;
        this.guarantees = guarantees;
        this.ceilingRecords = ceilingRecords;
    }

    // ---- end to end -------------------------------------------------------------------------

    void endToEnd(List<RawArticle> articleSet) throws Exception {
        Map<String, Object> section = new LinkedHashMap<>();
        if (warmUp > 0) {
            // Other topics and stores, the same code: the timed runs then start on compiled code, as extraction's does.
            StorywireConfig config = bench.config("e2e-warm-up", "exactly_once_v2");
            try (ProcessorApp app = startProcessor(config)) {
                progress("end to end: warming up on " + warmUp + " articles");
                bench.publish(config, articleSet.subList(0, Math.min(warmUp, articleSet.size())));
                bench.awaitCaughtUp(app, System.nanoTime());
            }
        }
        section.put("warmUpArticles", warmUp);
        for (String guarantee : guarantees) {
            StorywireConfig config = bench.config("e2e-" + guarantee.replace('_', '-'), guarantee);
            try (ProcessorApp app = startProcessor(config)) {
                progress("end to end (" + guarantee + "): " + articleSet.size() + " articles");
                BrokerWrites writesBefore = bench.brokerWrites(config);
                BrokerRequests requestsBefore = BrokerRequests.now();
                CpuUse before = CpuUse.now();
                long start = System.nanoTime();
                // Two halves, the second published once the first is through every hop: its rate and CPU are
                // those of warm code and its own articles, with no backlog of the first half in them.
                int half = articleSet.size() / 2;
                bench.publish(config, articleSet.subList(0, half));
                bench.awaitCaughtUp(app, start);
                CpuUse atMark = CpuUse.now();
                long mark = System.nanoTime();
                bench.publish(config, articleSet.subList(half, articleSet.size()));
                double seconds = bench.awaitCaughtUp(app, start);
                CpuUse atEnd = CpuUse.now();
                BrokerRequests requests = BrokerRequests.now().since(requestsBefore);
                BrokerWrites written = bench.brokerWrites(config).since(writesBefore);
                CpuUse used = atEnd.since(before);
                double rate = articleSet.size() / seconds;
                long updates = bench.endOffsets(config.topics().storyUpdates());
                Map<String, Object> figures = new LinkedHashMap<>(Map.of("seconds", seconds, "articlesPerSecond", rate, "storyUpdates", updates, "cpu", used));
                bench.row("end to end", guarantee, "%.0f articles/s (%d articles in %.1f s, %d updates), %s", rate, articleSet.size(), seconds,
                        updates, used.perArticle(articleSet.size()));
                figures.put("written", written.byKind());
                bench.row("end to end", guarantee + ", broker writes", "%s", written.perArticle(articleSet.size()));
                figures.put("writtenByTopic", written.byTopic());
                bench.row("end to end", guarantee + ", broker writes", "%s", written.perArticleByTopic(articleSet.size()));
                figures.put("brokerRequests", requests.byApi());
                bench.row("end to end", guarantee + ", broker requests", "%s", requests.perArticle(articleSet.size()));
                WarmPart warm = WarmPart.between(articleSet.size() - half, mark, atMark, start + (long) (seconds * 1e9), atEnd);
                figures.put("secondHalf", Map.of("articles", warm.articles(), "seconds", warm.seconds(),
                        "articlesPerSecond", warm.articlesPerSecond(), "cpu", warm.cpu()));
                bench.row("end to end", guarantee + ", second half", "%.0f articles/s (the last %d articles in %.1f s), %s", warm.articlesPerSecond(),
                        warm.articles(), warm.seconds(), warm.cpu().perArticle((int) warm.articles()));
                // The heap the run left, with what it holds: the processor's stores' caches and decoded
                // families stay bounded while its stories and events grow.
                HeapAfter held = HeapAfter.of(app);
                figures.put("after", Map.of("stories", held.stories(), "events", held.events(), "heapUsedBytes", held.heapUsedBytes()));
                bench.row("end to end", guarantee + ", after the run", "heap used after GC %.0f MB with %d stories and %d events (%.1f kB per story)",
                        held.heapUsedBytes() / 1e6, held.stories(), held.events(), held.kilobytesPerStory());
                section.put(guarantee, figures);
                if (bench.results().get("extraction") instanceof Map<?, ?> extraction && extraction.get("2thread") instanceof Map<?, ?> two) {
                    double alone = ((Number) two.get("articlesPerSecond")).doubleValue();
                    bench.row("end to end", guarantee + " / extraction (2 threads)", "%.0f%%", 100 * rate / alone);
                }
            }
        }
        bench.results().put("e2e", section);
    }

    // ---- broker ceiling ---------------------------------------------------------------------

    void ceiling(List<RawArticle> articleSet) throws Exception {
        int recordSize = meanRecordSize(articleSet);
        String topic = "bench-ceiling-" + System.nanoTime() % 100_000;
        try (Admin admin = bench.admin()) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 3, (short) 1))).all().get();
        }
        BrokerCeiling tools = new BrokerCeiling(repositoryRoot().resolve("bench-tools/target/classpath.txt"), bench.bootstrapServers());
        progress("ceiling: ProducerPerformance, " + ceilingRecords + " records of " + recordSize + " bytes");
        BrokerCeiling.Produce produced = tools.produce(topic, ceilingRecords, recordSize);
        progress("ceiling: ConsumerPerformance");
        BrokerCeiling.Consume consumed = tools.consume(topic, produced.records());
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("recordSize", recordSize);
        section.put("produce", produced);
        section.put("consume", consumed);
        bench.row("ceiling", "produce (acks=all)", "%.0f records/s, %.1f MB/s (%d B records)", produced.recordsPerSecond(),
                produced.megabytesPerSecond(), recordSize);
        bench.row("ceiling", "consume", "%.0f records/s, %.1f MB/s", consumed.recordsPerSecond(), consumed.megabytesPerSecond());
        if (bench.results().get("e2e") instanceof Map<?, ?> e2e && e2e.get("exactly_once_v2") instanceof Map<?, ?> eos) {
            double ratio = ((Number) eos.get("articlesPerSecond")).doubleValue() / produced.recordsPerSecond();
            section.put("e2eExactlyOnceOverProduceCeiling", ratio);
            bench.row("ceiling", "e2e (exactly-once) / ceiling", "%.2f%%", ratio * 100);
        }
        if (bench.results().get("extraction") instanceof Map<?, ?> extraction && extraction.get("2thread") instanceof Map<?, ?> two
                && bench.results().get("e2e") instanceof Map<?, ?> e2e && e2e.get("exactly_once_v2") instanceof Map<?, ?> eos) {
            double ratio = ((Number) eos.get("articlesPerSecond")).doubleValue() / ((Number) two.get("articlesPerSecond")).doubleValue();
            section.put("e2eExactlyOnceOverExtraction2Threads", ratio);
            bench.row("ceiling", "e2e (exactly-once) / extraction (2 threads)", "%.0f%%", ratio * 100);
        }
        bench.results().put("ceiling", section);
    }

    /** The serialized size of an article on articles.raw (Avro in the registry wire format), on average. */
    private int meanRecordSize(List<RawArticle> articleSet) {
        StorywireConfig config = bench.config("size", "exactly_once_v2");
        try (Serializer<RawArticle> serializer = ProcessCommand.serdeFactory(config).valueSerde(RawArticle.class).serializer()) {
            long total = 0;
            for (RawArticle a : articleSet) total += serializer.serialize(config.topics().articlesRaw(), a).length;
            return (int) (total / articleSet.size());
        }
    }
}
