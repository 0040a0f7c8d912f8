package org.storywire.bench;

import static org.storywire.bench.BenchRun.LOG_SPACING;
import static org.storywire.bench.BenchRun.LOG_START;
import static org.storywire.bench.BenchRun.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.event.EventSettings;
import org.storywire.processor.ProcessCommand;
import org.storywire.processor.ProcessorApp;
import org.storywire.topology.TopicProvisioner;

/**
 * The bench's replay and memory runs: N articles already on the log, then a processor started on them, timed until it
 * has caught up; memory does so on a feed of one story per article and weighs the heap against the stories held.
 */
final class ReplaySection {
    private final BenchRun bench;
    private final List<Integer> replaySizes;
    private final List<Integer> memorySizes;

    ReplaySection(BenchRun bench, List<Integer> replaySizes, List<Integer> memorySizes) {
        this.bench = bench;
        this.replaySizes = replaySizes;
        this.memorySizes = memorySizes;
    }

    /** Articles {@code from} to {@code from + count - 1} of a log made in parts, all with ids under {@code runId}. */
    interface LogPart {
        List<RawArticle> articles(int from, int count, String runId);
    }

    void replay(List<BenchCorpus.SourceText> texts) throws Exception {
        Map<String, Object> section = new LinkedHashMap<>();
        for (int n : replaySizes) {
            Map<String, Object> run = replayRun("replay", n, (from, count, runId) -> BenchCorpus.generate(texts, from, count, runId, LOG_START, LOG_SPACING));
            section.put(String.valueOf(n), run);
            bench.row("replay", n + " articles", "%.1f s, %.0f articles/s", run.get("seconds"), run.get("articlesPerSecond"));
        }
        bench.results().put("replay", section);
    }

    /** Memory with N stories: a synthetic feed in which every article is a story and an event of its own ({@link BenchCorpus#distinctStory}). */
    void memory() throws Exception {
        Map<String, Object> section = new LinkedHashMap<>();
        for (int n : memorySizes) {
            Map<String, Object> run = replayRun("memory", n, (from, count, runId) -> BenchCorpus.distinctStories(from, count, runId, LOG_START, LOG_SPACING));
            section.put(String.valueOf(n), run);
            long stories = ((Number) run.get("stories")).longValue();
            long events = ((Number) run.get("events")).longValue();
            long heap = ((Number) run.get("heapUsedBytes")).longValue();
            bench.row("memory", n + " one-story articles", "%d stories, %d events: heap used %.0f MB (%.1f kB per story), RSS %.0f MB (replayed in %.1f s, %.0f articles/s)",
                    stories, events, heap / 1e6, stories == 0 ? 0 : heap / 1e3 / stories, ((Number) run.get("rssBytes")).longValue() / 1e6,
                    run.get("seconds"), run.get("articlesPerSecond"));
            // Heap per story means nothing when the feed's articles merged: say so next to the figure. Events quiet
            // for the quiet period are dropped, so a long feed holds only the events of its last quiet period.
            long eventsHeld = eventsHeld(n);
            if (stories < 0.9 * n || events < 0.9 * eventsHeld) {
                bench.row("memory", n + " one-story articles", "WARNING: only %d stories and %d events (%d expected) for %d articles; the feed no longer makes one of each per article",
                        stories, events, eventsHeld, n);
            }
        }
        bench.results().put("memory", section);
    }

    /** The events a one-story feed of N articles holds at its end: those of the last quiet period (the rest expired). */
    static long eventsHeld(int n) {
        long perQuietPeriod = EventSettings.defaults().quietPeriod().dividedBy(LOG_SPACING) + 1;
        return Math.min(n, perQuietPeriod);
    }

    /**
     * N articles already on the log, then a processor started on them: the time until it has caught
     * up, the stories it holds, and the memory of this JVM (broker, registry and processor share it).
     */
    private Map<String, Object> replayRun(String name, int n, LogPart log) throws Exception {
        StorywireConfig config = bench.config(name + "-" + n, "exactly_once_v2");
        progress("replay: publishing " + n + " articles");
        TopicProvisioner.ensureTopics(config);
        int batch = 50_000;
        for (int from = 0; from < n; from += batch) {
            bench.publish(config, log.articles(from, Math.min(batch, n - from), config.applicationId()));
        }
        progress("replay: processing " + n + " articles");
        long start = System.nanoTime();
        Map<String, Object> run = new LinkedHashMap<>();
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            double seconds = bench.awaitCaughtUp(app, start);
            run.put("articles", n);
            run.put("seconds", seconds);
            run.put("articlesPerSecond", n / seconds);
            HeapAfter held = HeapAfter.of(app);
            run.put("stories", held.stories());
            run.put("events", held.events());
            run.put("heapUsedBytes", held.heapUsedBytes());
            run.put("rssBytes", rssBytes());
        }
        return run;
    }

    static long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
        return -1;
    }
}
