package org.storywire.topology;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.storywire.avro.EventState;
import org.storywire.event.EventSettings;
import org.storywire.event.EventSummary;

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
        File stateDir = Files.createTempDirectory("assign-event-restart").toFile();
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "assign-event-restart");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.getPath());
        MockProcessorContext<String, EventState> context = new MockProcessorContext<>(config, new TaskId(0, 0), stateDir);
        List<KeyValueStore<String, ?>> stores = List.of(
                store(context, TopologyNames.EVENTS_STORE, new StateSerde<>(EventSummary.class)),
                store(context, TopologyNames.EVENT_POSTING_LISTS_STORE, Serdes.String()),
                store(context, TopologyNames.EVENT_POSTINGS_STORE, Serdes.Integer()),
                store(context, TopologyNames.EVENT_EXPIRY_STORE, Serdes.String()),
                store(context, TopologyNames.ARTICLE_EVENTS_STORE, Serdes.String()),
                store(context, TopologyNames.EVENT_MEMBERS_STORE, new StateSerde<>(EventMembers.Member.class)),
                store(context, TopologyNames.EVENT_MEMBER_HEADS_STORE, new StateSerde<>(EventMembers.Head.class)));
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
        stores.forEach(KeyValueStore::close);
        try (Stream<Path> files = Files.walk(stateDir.toPath())) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
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

    private static <T> KeyValueStore<String, T> store(MockProcessorContext<String, EventState> context, String name, Serde<T> serde) {
        KeyValueStore<String, T> kv = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), serde)
                .withLoggingDisabled().withCachingDisabled().build();
        kv.init(context.getStateStoreContext(), kv);
        context.addStateStore(kv);
        return kv;
    }
}
