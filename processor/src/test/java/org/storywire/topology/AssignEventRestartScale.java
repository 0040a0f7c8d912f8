package org.storywire.topology;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.storywire.avro.EventState;
import org.storywire.event.EventSettings;

/**
 * What a restart of the assign-event task costs at scale, in process: {@link AssignEventProcessor} on its
 * stores in RocksDB (as {@link AssignEventScale}: no record cache, no changelog) fed {@code events}
 * signatures of {@link AssignEventScale}'s feed (each founds an event, none expires), then a second
 * processor initialised on the same stores, as Kafka Streams does after a restart or a task move: it
 * empties the derived stores and derives them again from the summaries. Prints that {@code init}'s wall
 * time and thread CPU, then the CPU per signature of the next {@code after} signatures, a thousand at a time.
 *
 * <pre>
 * ./mvnw -B -o -q -DskipTests package
 * java -cp "processor/target/test-classes:$(for m in schemas platform domain web ingest processor eval app; do printf %s: $m/target/classes; done)$(cat app/target/classpath.txt):$HOME/.m2/repository/org/apache/kafka/kafka-streams-test-utils/4.3.1/kafka-streams-test-utils-4.3.1.jar" \
 *     org.storywire.topology.AssignEventRestartScale 10000 1000    # events, signatures after the restart
 * </pre>
 */
public final class AssignEventRestartScale {
    private static final Duration SPACING = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");
    private static final int AFTER_BLOCK = 1_000;

    private AssignEventRestartScale() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int after = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        try (AssignEventStores stores = new AssignEventStores("assign-event-restart")) {
            MockProcessorContext<String, EventState> context = stores.context;
            EventSettings settings = EventSettings.defaults().withQuietPeriod(SPACING.multipliedBy(2L * (events + after)));
            AssignEventProcessor first = new AssignEventProcessor(settings);
            first.init(context);
            feed(first, context, 0, events);

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            AssignEventProcessor restarted = new AssignEventProcessor(settings);
            restarted.init(context);
            System.out.printf("init over %d events: %.1f s wall, %.1f s thread CPU, %.3f ms CPU per event%n", events,
                    (System.nanoTime() - wall) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / events);

            for (int from = 0; from < after; from += AFTER_BLOCK) { // in blocks: RocksDB compacts what the rebuild wrote meanwhile
                int n = Math.min(AFTER_BLOCK, after - from);
                cpu = threads.getCurrentThreadCpuTime();
                feed(restarted, context, events + from, n);
                System.out.printf("then signatures %d-%d: %.3f ms CPU per signature%n", from + 1, from + n, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n);
            }
        }
    }

    private static void feed(AssignEventProcessor processor, MockProcessorContext<String, EventState> context, int from, int count) {
        for (int i = from; i < from + count; i++) {
            Instant published = T0.plus(SPACING.multipliedBy(i));
            processor.process(new Record<>("a" + i, new SignedArticle(AssignEventScale.signature(i, published), List.of("story-" + i)),
                    published.toEpochMilli()));
            context.resetForwards();
        }
    }
}
