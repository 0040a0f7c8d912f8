package org.storywire.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.storywire.story.StoryState;
import org.storywire.topology.TopologyNames;

/** The demo's terminal view: a line per story change as it happens, and the final table. */
final class StoryTable {
    private final KafkaStreams streams;
    private final PrintStream out;
    private final long startNanos;
    private final Map<String, Long> versions = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private boolean firstSeen;

    StoryTable(KafkaStreams streams, PrintStream out, long startNanos) {
        this.streams = streams;
        this.out = out;
        this.startNanos = startNanos;
        this.thread = new Thread(this::run, "storywire-demo-table");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join(2_000);
        printChanges();
    }

    private void run() {
        while (running) {
            printChanges();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void printChanges() {
        for (StoryState s : stories()) {
            Long seen = versions.put(s.storyId(), s.version());
            if (seen != null && seen == s.version()) continue;
            double at = (System.nanoTime() - startNanos) / 1e9;
            if (!firstSeen) {
                firstSeen = true;
                out.printf("first story after %.1f s%n", at);
            }
            out.printf("[%6.1fs] %-11s %s  (%s)%n", at, s.status(), title(s), parties(s));
        }
    }

    void printFinal() {
        List<StoryState> all = stories();
        all.sort(Comparator.comparing((StoryState s) -> s.status().name()).thenComparing(StoryState::storyId));
        out.printf("%n%d stories%n", all.size());
        out.printf("%-11s  %-48s  %-60s  %s%n", "STATUS", "ID", "TITLE", "PARTIES AND POSITIONS");
        for (StoryState s : all) {
            out.printf("%-11s  %-48s  %-60s  %s%n", s.status(), cut(s.storyId(), 48), cut(title(s), 60), parties(s));
        }
    }

    private List<StoryState> stories() {
        List<StoryState> result = new ArrayList<>();
        try (KeyValueIterator<String, StoryState> it = streams.store(StoreQueryParameters.fromNameAndType(
                TopologyNames.STORY_STATE_STORE, QueryableStoreTypes.<String, StoryState>keyValueStore())).all()) {
            it.forEachRemaining(kv -> result.add(kv.value));
        } catch (InvalidStateStoreException e) {
            // still starting or rebalancing: the next round will show it
        }
        return result;
    }

    private static String title(StoryState s) {
        return s.title() == null ? s.storyId() : s.title();
    }

    private static String parties(StoryState s) {
        return s.positions().stream().map(p -> p.party() + " " + p.stance()).collect(Collectors.joining(", "));
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
