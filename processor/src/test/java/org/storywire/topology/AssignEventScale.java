package org.storywire.topology;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.storywire.avro.EventState;
import org.storywire.event.ArticleSignature;
import org.storywire.event.EventSettings;

/**
 * The assign-event task's cost per signature at scale, in process: {@link AssignEventProcessor} on its
 * stores in RocksDB (no record cache and no changelog: {@link MockProcessorContext} has neither), fed a
 * synthetic feed in which every signature founds an event of its own, like the bench's memory feed
 * (41 names and 50 terms of its own, 10 terms every article shares), 30 s apart. The quiet period holds
 * {@code active} events, so from signature {@code active} on each one expires an event too. Prints the
 * stream thread's CPU per signature for each block, which moves less with the machine's load than the rate.
 *
 * <pre>
 * ./mvnw -B -o -q -DskipTests package
 * java -cp "processor/target/test-classes:$(for m in schemas platform domain web ingest processor eval app; do printf %s: $m/target/classes; done)$(cat app/target/classpath.txt):$HOME/.m2/repository/org/apache/kafka/kafka-streams-test-utils/4.3.1/kafka-streams-test-utils-4.3.1.jar" \
 *     org.storywire.topology.AssignEventScale 40000 10000 5000    # signatures, events active, block
 * </pre>
 */
public final class AssignEventScale {
    private static final Duration SPACING = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");

    private AssignEventScale() {}

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
        int active = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int block = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        try (AssignEventStores stores = new AssignEventStores("assign-event-scale")) {
            MockProcessorContext<String, EventState> context = stores.context;
            AssignEventProcessor processor = new AssignEventProcessor(EventSettings.defaults().withQuietPeriod(SPACING.multipliedBy(active)));
            processor.init(context);

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < total; i++) {
                Instant published = T0.plus(SPACING.multipliedBy(i));
                processor.process(new Record<>("a" + i, new SignedArticle(signature(i, published), List.of("story-" + i)), published.toEpochMilli()));
                context.resetForwards();
                if ((i + 1) % block == 0) {
                    long cpuNow = threads.getCurrentThreadCpuTime();
                    long wallNow = System.nanoTime();
                    System.out.printf("signatures %d-%d: %.3f ms CPU per signature, %.0f signatures/s%s%n", i + 2 - block, i + 1,
                            (cpuNow - cpu) / 1e6 / block, block / ((wallNow - wall) / 1e9), i + 1 > active ? " (expiring)" : "");
                    cpu = cpuNow;
                    wall = wallNow;
                }
            }
        }
    }

    /** Article {@code n}'s signature: names and terms no other article has (numbered), and terms every article has. */
    static ArticleSignature signature(int n, Instant published) {
        TreeMap<String, Double> entities = new TreeMap<>();
        TreeMap<String, Double> terms = new TreeMap<>();
        for (int k = 0; k < 41; k++) entities.put("name" + n + "x" + k, k == 0 ? 3.0 : 1.0);
        for (int k = 0; k < 50; k++) terms.put("term" + n + "x" + k, 1.0 + k % 3);
        for (int k = 0; k < 10; k++) terms.put("shared" + k, 1.0);
        return new ArticleSignature("a" + n, "outlet" + n % 50, "de", "Vorhaben " + n, published, entities, terms);
    }
}
