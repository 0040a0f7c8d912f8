package org.storywire.eval;

import static org.storywire.eval.ReportFormat.abbreviate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.storywire.event.ArticleSignature;
import org.storywire.event.EventAssignment;
import org.storywire.event.EventSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval events}: scores event grouping against gold event labels, with its sensitivity, order dependence and speed. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Score event grouping against gold event labels (pairs and BCubed).")
final class EventsEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "folder: articles.jsonl + gold-events.json, or *.json (wikinews) / *.txt files") Path data;
    @Option(names = "--gold", defaultValue = "file", description = "gold labels: file (gold-events.json; else each), each (every article its own event), one (all one event), prefix (leading letters of the file name)") String goldMode;
    @Option(names = "--threshold", description = "similarity needed to join an event (default ${DEFAULT-VALUE})", defaultValue = "" + EventSettings.DEFAULT_THRESHOLD) double threshold;
    @Option(names = "--entity-weight", description = "share of the entity cosine (default 0.5)") Double entityWeight;
    @Option(names = "--half-life-hours", description = "time decay half-life in hours (default 168)") Long halfLifeHours;
    @Option(names = "--decay-floor", description = "lowest time-decay factor (default 0.5)") Double decayFloor;
    @Option(names = "--quiet-days", description = "days without an article after which an event is dropped (default 60)") Long quietDays;
    @Option(names = "--thresholds", split = ",", description = "also print the summary at these thresholds (sensitivity)") List<Double> thresholds = new ArrayList<>();
    @Option(names = "--shuffle-seeds", split = ",", description = "also run in orders shuffled with these seeds and print the agreement with the publication-order run") List<Long> shuffleSeeds = new ArrayList<>();
    @Option(names = "--verbose", description = "list each predicted event with its label and the gold labels of its articles") boolean verbose;
    @Option(names = "--bench-rounds", defaultValue = "0", description = "repeat signatures and grouping this many times after a warm-up and print the best articles/s") int benchRounds;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        List<EventsEvaluation.Item> items = EventsEvaluation.publicationOrder(EventsEvaluation.read(data, goldMode));
        Map<String, String> gold = new LinkedHashMap<>();
        for (EventsEvaluation.Item i : items) gold.put(i.article().id(), i.gold());
        long t0 = System.nanoTime();
        Map<String, ArticleSignature> sigs = EventsEvaluation.signatures(items);
        double sigSeconds = (System.nanoTime() - t0) / 1e9;
        EventSettings settings = settings();
        EventsEvaluation.Run run = EventsEvaluation.run(items, sigs, settings);
        if (verbose) explain(out, items, sigs, run);
        for (double t : thresholds) {
            EventsEvaluation.Run r = EventsEvaluation.run(items, sigs, settings.withThreshold(t));
            out.println(String.format(Locale.ROOT, "threshold %.2f  ", t) + EventsEvaluation.score(r.eventOf(), gold).summaryLine());
        }
        if (!shuffleSeeds.isEmpty()) printOrderDependence(out, items, sigs, settings, gold);
        int n = items.size();
        if (benchRounds > 0) printBestThroughput(items, sigs, settings);
        System.err.println(String.format(Locale.ROOT, "throughput: signatures %.0f articles/s (%.2f s), grouping %.0f articles/s (%.3f s) over %d articles",
                n / Math.max(1e-9, sigSeconds), sigSeconds, n / Math.max(1e-9, run.seconds()), run.seconds(), n));
        out.println(EventsEvaluation.score(run.eventOf(), gold).summaryLine());
        return 0;
    }

    /** The default settings with the options given. */
    private EventSettings settings() {
        EventSettings settings = EventSettings.defaults().withThreshold(threshold);
        if (entityWeight != null) settings = settings.withEntityWeight(entityWeight);
        if (halfLifeHours != null) settings = settings.withHalfLife(Duration.ofHours(halfLifeHours));
        if (decayFloor != null) settings = settings.withDecayFloor(decayFloor);
        if (quietDays != null) settings = settings.withQuietPeriod(Duration.ofDays(quietDays));
        return settings;
    }

    /** Runs in each --shuffle-seeds order and prints each run's and the mean agreement with publication order. */
    private void printOrderDependence(PrintStream out, List<EventsEvaluation.Item> items, Map<String, ArticleSignature> sigs, EventSettings settings,
                                      Map<String, String> gold) {
        double randSum = 0, f1Sum = 0, scoreSum = 0;
        // A shuffled corpus spanning months would expire most events at once (the clock jumps to the
        // latest article): order dependence is measured with ageing off, against publication order with ageing off.
        EventSettings noAgeing = settings.withQuietPeriod(Duration.ofDays(365L * 1000));
        EventsEvaluation.Run reference = EventsEvaluation.run(items, sigs, noAgeing);
        out.println("publication order, ageing off: " + EventsEvaluation.score(reference.eventOf(), gold).summaryLine());
        List<Map<String, String>> runs = new ArrayList<>();
        runs.add(reference.eventOf());
        for (long seed : shuffleSeeds) {
            List<EventsEvaluation.Item> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, new Random(seed));
            EventsEvaluation.Run r = EventsEvaluation.run(shuffled, sigs, noAgeing);
            EventsEvaluation.Agreement ag = EventsEvaluation.agreement(reference.eventOf(), r.eventOf());
            EventsEvaluation.Scores sc = EventsEvaluation.score(r.eventOf(), gold);
            out.println(String.format(Locale.ROOT, "shuffle seed %d (ageing off): agreement with publication order rand=%.3f pair_f1=%.3f; ", seed, ag.rand(), ag.pairF1()) + sc.summaryLine());
            randSum += ag.rand();
            f1Sum += ag.pairF1();
            scoreSum += sc.pairsF1();
            runs.add(r.eventOf());
        }
        double pairwise = 0;
        int n = 0;
        for (int i = 0; i < runs.size(); i++) for (int j = i + 1; j < runs.size(); j++) {
            pairwise += EventsEvaluation.agreement(runs.get(i), runs.get(j)).pairF1();
            n++;
        }
        int k = shuffleSeeds.size();
        out.println(String.format(Locale.ROOT, "order dependence: mean agreement with publication order rand=%.3f pair_f1=%.3f; mean pair_f1 between all %d runs=%.3f; mean shuffled pairs_f1 vs gold=%.2f",
                randSum / k, f1Sum / k, runs.size(), pairwise / Math.max(1, n), scoreSum / k));
    }

    /** Repeats signatures and grouping --bench-rounds times and prints the best rounds' articles/s on stderr. */
    private void printBestThroughput(List<EventsEvaluation.Item> items, Map<String, ArticleSignature> sigs, EventSettings settings) {
        int n = items.size();
        double bestSig = Double.MAX_VALUE, bestGroup = Double.MAX_VALUE, bestSigCpu = Double.MAX_VALUE, bestGroupCpu = Double.MAX_VALUE;
        for (int r = 0; r < benchRounds; r++) {
            long s0 = System.nanoTime();
            long c0 = EventsEvaluation.cpuNanos();
            EventsEvaluation.signatures(items);
            bestSig = Math.min(bestSig, (System.nanoTime() - s0) / 1e9);
            bestSigCpu = Math.min(bestSigCpu, (EventsEvaluation.cpuNanos() - c0) / 1e9);
            EventsEvaluation.Run r2 = EventsEvaluation.run(items, sigs, settings);
            bestGroup = Math.min(bestGroup, r2.seconds());
            bestGroupCpu = Math.min(bestGroupCpu, r2.cpuSeconds());
        }
        System.err.println(String.format(Locale.ROOT,
                "throughput (best of %d warm rounds): signatures %.0f articles/s (%.0f per CPU-second), grouping %.0f articles/s (%.0f per CPU-second)",
                benchRounds, n / bestSig, n / bestSigCpu, n / bestGroup, n / bestGroupCpu));
    }

    /** Lists each predicted event (label, gold labels, top entities and terms) and each article's join decision. */
    private static void explain(PrintStream out, List<EventsEvaluation.Item> items, Map<String, ArticleSignature> sigs, EventsEvaluation.Run run) {
        Map<String, List<EventsEvaluation.Item>> byEvent = new LinkedHashMap<>();
        for (EventsEvaluation.Item i : items) byEvent.computeIfAbsent(run.eventOf().get(i.article().id()), k -> new ArrayList<>()).add(i);
        Map<String, EventAssignment> last = new HashMap<>();
        Map<String, EventAssignment> byArticle = new HashMap<>();
        for (EventAssignment a : run.assignments()) {
            last.put(a.eventId(), a);
            byArticle.put(a.articleId(), a);
        }
        for (Map.Entry<String, List<EventsEvaluation.Item>> e : byEvent.entrySet()) {
            Map<String, Integer> golds = new TreeMap<>();
            for (EventsEvaluation.Item i : e.getValue()) golds.merge(i.gold(), 1, Integer::sum);
            EventAssignment a = last.get(e.getKey());
            out.println(e.getKey() + "  n=" + e.getValue().size() + "  \"" + abbreviate(run.labels().get(e.getKey())) + "\"  gold=" + golds
                    + (a == null ? "" : "  entities=" + a.event().topEntities(6) + " terms=" + a.event().topTerms(6)));
            for (EventsEvaluation.Item i : e.getValue()) {
                ArticleSignature s = sigs.get(i.article().id());
                EventAssignment a2 = byArticle.get(i.article().id());
                out.println("    " + i.article().id() + "  " + i.gold() + "  " + i.article().published()
                        + String.format(Locale.ROOT, "  %s %.2f (other %s %.2f)  ", a2.isNew() ? "new" : "joined", a2.score(), a2.bestOther(), a2.bestOtherScore())
                        + abbreviate(s.title()) + "  " + s.topEntities(5));
            }
        }
    }
}
