package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.storywire.avro.EventState;
import org.storywire.event.EventSettings;
import org.storywire.event.EventSummary;

/**
 * A restarted assign-event task derives its postings again from the summaries. Done one event at a time,
 * a feature held by many events was read and rewritten once per event (tens of minutes on RocksDB for a
 * feed's 170,000 events); the rebuild must write each feature's postings once per batch of events (100), and
 * the restarted task must still decide as the one that never stopped.
 */
class AssignEventRestartTest {
    private static final Duration SPACING = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");
    /** More events than a feature may be listed for (200): the shared terms go to their posting keys during the rebuild. */
    private static final int EVENTS = 300;
    private static final EventSettings SETTINGS = EventSettings.defaults().withQuietPeriod(SPACING.multipliedBy(10L * EVENTS));

    @Test
    void aRestartWritesEachFeaturesPostingsOnceAndDecidesAsTheTaskThatNeverStopped() {
        Map<String, Counts> counts = new HashMap<>();
        MockProcessorContext<String, EventState> restarted = context(counts);
        MockProcessorContext<String, EventState> straight = context(new HashMap<>());
        AssignEventProcessor before = new AssignEventProcessor(SETTINGS);
        before.init(restarted);
        AssignEventProcessor uninterrupted = new AssignEventProcessor(SETTINGS);
        uninterrupted.init(straight);
        feed(before, restarted, 0, EVENTS);
        feed(uninterrupted, straight, 0, EVENTS);
        counts.values().forEach(Counts::reset);

        new AssignEventProcessor(SETTINGS).init(restarted);

        Counts lists = counts.get(TopologyNames.EVENT_POSTING_LISTS_STORE);
        // Each of the 10 shared terms, 41 names and 50 terms of every event, written and read at most once per
        // 100 events (the rebuild's batch), not once per event holding it.
        assertThat(lists.written).hasSize(10 + EVENTS * (41 + 50));
        assertThat(lists.written.values()).as("writes of a feature's postings").allMatch(n -> n <= EVENTS / 100);
        assertThat(lists.read.values()).as("reads of a feature's postings").allMatch(n -> n <= EVENTS / 100);
        assertThat(lists.written.get("t:shared0")).isEqualTo(EVENTS / 100);
        assertThat(counts.get(TopologyNames.EVENT_POSTINGS_STORE).written).as("the shared terms' posting keys").hasSize(10 * EVENTS);
        assertThat(counts.get(TopologyNames.EVENT_EXPIRY_STORE).written).hasSize(EVENTS);
        assertThat(counts.get(TopologyNames.EVENT_MEMBER_HEADS_STORE).written).hasSize(EVENTS);

        restarted.resetForwards();
        straight.resetForwards();
        AssignEventProcessor after = new AssignEventProcessor(SETTINGS);
        after.init(restarted);
        feed(after, restarted, EVENTS, 20);
        feed(uninterrupted, straight, EVENTS, 20);
        assertThat(outputs(restarted)).hasSize(20).isEqualTo(outputs(straight));
    }

    private static void feed(AssignEventProcessor processor, MockProcessorContext<String, EventState> context, int from, int count) {
        for (int i = from; i < from + count; i++) {
            Instant published = T0.plus(SPACING.multipliedBy(i));
            processor.process(new Record<>("a" + i, new SignedArticle(AssignEventScale.signature(i, published), List.of("story-" + i)),
                    published.toEpochMilli()));
        }
    }

    private static List<String> outputs(MockProcessorContext<String, EventState> context) {
        return context.forwarded().stream().map(f -> f.record().key() + "=" + f.record().value()).toList();
    }

    private static MockProcessorContext<String, EventState> context(Map<String, Counts> counts) {
        MockProcessorContext<String, EventState> context = new MockProcessorContext<>();
        store(context, TopologyNames.EVENTS_STORE, new StateSerde<>(EventSummary.class), counts);
        store(context, TopologyNames.EVENT_POSTING_LISTS_STORE, Serdes.String(), counts);
        store(context, TopologyNames.EVENT_POSTINGS_STORE, Serdes.Integer(), counts);
        store(context, TopologyNames.EVENT_EXPIRY_STORE, Serdes.String(), counts);
        store(context, TopologyNames.ARTICLE_EVENTS_STORE, Serdes.String(), counts);
        store(context, TopologyNames.EVENT_MEMBERS_STORE, new StateSerde<>(EventMembers.Member.class), counts);
        store(context, TopologyNames.EVENT_MEMBER_HEADS_STORE, new StateSerde<>(EventMembers.Head.class), counts);
        return context;
    }

    private static <T> void store(MockProcessorContext<String, EventState> context, String name, Serde<T> serde, Map<String, Counts> counts) {
        KeyValueStore<String, T> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), serde)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        Counts c = new Counts();
        counts.put(name, c);
        context.addStateStore(counting(store, c));
    }

    /** Per key, the values written (deletes, which a rebuild's clearing makes, not counted) and the point reads. */
    private static final class Counts {
        final Map<String, Integer> written = new HashMap<>();
        final Map<String, Integer> read = new HashMap<>();

        void reset() {
            written.clear();
            read.clear();
        }
    }

    /** The store as it is, its point reads and writes counted. */
    @SuppressWarnings("unchecked")
    private static <T> KeyValueStore<String, T> counting(KeyValueStore<String, T> store, Counts counts) {
        return (KeyValueStore<String, T>) Proxy.newProxyInstance(KeyValueStore.class.getClassLoader(), new Class<?>[] {KeyValueStore.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "get" -> counts.read.merge((String) args[0], 1, Integer::sum);
                        case "put", "putIfAbsent" -> { if (args[1] != null) counts.written.merge((String) args[0], 1, Integer::sum); }
                        case "putAll" -> ((List<KeyValue<String, T>>) args[0]).forEach(kv -> {
                            if (kv.value != null) counts.written.merge(kv.key, 1, Integer::sum);
                        });
                        default -> { }
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
