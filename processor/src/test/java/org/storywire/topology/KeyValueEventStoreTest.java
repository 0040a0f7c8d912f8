package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.storywire.avro.EventState;
import org.storywire.event.ArticleSignature;
import org.storywire.event.EventAssignment;
import org.storywire.event.EventIndex;
import org.storywire.event.EventSettings;
import org.storywire.event.EventStore;
import org.storywire.event.EventSummary;
import org.storywire.event.ExpiryKey;
import org.storywire.event.InMemoryEventStore;

/**
 * The index's postings on the key-value stores: a feature held by at most the limit's events is one
 * listed value (read by one get, not a range scan over a key per event), its count the ids in it; a
 * feature held by more has its count and a key per event, and is listed again when it falls back to the limit.
 */
class KeyValueEventStoreTest {
    private static final int LIMIT = 3;

    private final MockProcessorContext<String, EventState> context = new MockProcessorContext<>();
    private final KeyValueStore<String, String> lists = store(TopologyNames.EVENT_POSTING_LISTS_STORE, Serdes.String());
    private final KeyValueStore<String, Integer> postings = store(TopologyNames.EVENT_POSTINGS_STORE, Serdes.Integer());
    private final KeyValueStore<String, EventSummary> summaries = store(TopologyNames.EVENTS_STORE, new StateSerde<>(EventSummary.class));
    private final KeyValueStore<String, String> expiry = store(TopologyNames.EVENT_EXPIRY_STORE, Serdes.String());
    private final KeyValueEventStore store = new KeyValueEventStore(summaries, lists, postings, expiry, LIMIT);

    @Test
    void aFeatureHeldByFewEventsIsOneListedValueItsCountIncluded() {
        update(store, "t:dam", 2, Set.of("ev-b", "ev-a"), Set.of());

        assertThat(store.postings("t:dam")).containsExactly("ev-a", "ev-b");
        assertThat(store.postingCount("t:dam")).isEqualTo(2);
        assertThat(keys(lists)).containsExactly("t:dam");
        assertThat(keys(postings)).isEmpty();
    }

    @Test
    void aNewEventWritesOneKeyForEachRareFeatureAndReadsNoneOfTheTooCommonOnes() {
        List<String> calls = new ArrayList<>();
        KeyValueEventStore events = new KeyValueEventStore(summaries, counted(lists, calls), counted(postings, calls), expiry, LIMIT);
        for (int i = 0; i < LIMIT + 1; i++) update(events, "t:said", i + 1, Set.of("ev-" + i), Set.of()); // too common from here on
        calls.clear();

        // A new event holding two features no other event holds and one that more than the limit's events hold.
        update(events, "t:dam", 1, Set.of("ev-new"), Set.of());
        update(events, "e:sarenburg", 1, Set.of("ev-new"), Set.of());
        update(events, "t:said", LIMIT + 2, Set.of("ev-new"), Set.of());

        assertThat(calls).containsExactly("put t:dam", "put e:sarenburg", "put t:said\u0000ev-new", "put t:said");
        assertThat(events.postingCount("t:said")).isEqualTo(LIMIT + 2);
        assertThat(events.postings("t:said")).hasSize(LIMIT + 2).contains("ev-new");
    }

    @Test
    void aFeatureCrossingTheLimitEitherWayKeepsEveryEvent() {
        InMemoryEventStore expected = new InMemoryEventStore();
        Random random = new Random(11);
        List<String> features = List.of("e:sarenburg", "t:dam", "t:flood");
        int crossings = 0;
        for (int i = 0; i < 2000; i++) {
            String feature = features.get(random.nextInt(features.size()));
            TreeSet<String> held = new TreeSet<>(expected.postings(feature));
            Set<String> added = new TreeSet<>();
            Set<String> removed = new TreeSet<>();
            for (int k = random.nextInt(3); k >= 0; k--) {
                String id = "ev-" + random.nextInt(8);
                if (held.contains(id)) removed.add(id);
                else added.add(id);
            }
            int count = held.size() + added.size() - removed.size();
            if ((held.size() > LIMIT) != (count > LIMIT)) crossings++;

            update(store, feature, count, added, removed);
            update(expected, feature, count, added, removed);

            for (String f : features) {
                assertThat(store.postings(f)).as("%s after change %d", f, i).isEqualTo(expected.postings(f));
                assertThat(store.postingCount(f)).as("count of %s after change %d", f, i).isEqualTo(expected.postingCount(f));
                int n = expected.postingCount(f);
                assertThat(lists.get(f) != null && !lists.get(f).startsWith("#")).as("%s listed at %d events", f, n).isEqualTo(n > 0 && n <= LIMIT);
                assertThat(keys(postings).stream().filter(key -> key.startsWith(f + '\u0000')).count())
                        .as("posting keys of %s at %d events", f, n).isEqualTo(n > LIMIT ? n : 0);
            }
        }
        assertThat(crossings).as("changes crossing the limit").isGreaterThan(50);
    }

    @Test
    void aSummaryWrittenOrReadLatelyIsReadBackWithoutDecodingIt() {
        java.util.concurrent.atomic.AtomicInteger decodes = new java.util.concurrent.atomic.AtomicInteger();
        StateSerde<EventSummary> smile = new StateSerde<>(EventSummary.class);
        KeyValueStore<String, EventSummary> counting = store("counted-summaries", Serdes.serdeFrom(smile.serializer(), (topic, bytes) -> {
            if (bytes != null) decodes.incrementAndGet();
            return smile.deserializer().deserialize(topic, bytes);
        }));
        KeyValueEventStore events = new KeyValueEventStore(counting, lists, postings, expiry, LIMIT);
        for (int i = 0; i <= KeyValueEventStore.DECODED_SUMMARIES; i++) events.put(summary("ev-" + i, "t:schleuse"));

        assertThat(events.get("ev-" + KeyValueEventStore.DECODED_SUMMARIES)).isEqualTo(summary("ev-" + KeyValueEventStore.DECODED_SUMMARIES, "t:schleuse"));
        assertThat(decodes.get()).as("the summary just written").isZero();
        assertThat(events.get("ev-0")).as("written before the last %d", KeyValueEventStore.DECODED_SUMMARIES).isEqualTo(summary("ev-0", "t:schleuse"));
        assertThat(events.get("ev-0")).isEqualTo(summary("ev-0", "t:schleuse"));
        assertThat(decodes.get()).as("read from the store once").isEqualTo(1);

        events.put(summary("ev-0", "t:nordkai"));
        assertThat(events.get("ev-0")).isEqualTo(summary("ev-0", "t:nordkai"));
        events.remove("ev-0");
        assertThat(events.get("ev-0")).isNull();
        assertThat(events.drainRemoved()).containsOnlyKeys("ev-0");
    }

    private static EventSummary summary(String id, String term) {
        return new EventSummary(id, "Schleuse", 0.25, Instant.EPOCH, Instant.EPOCH.plusSeconds(60), 2, List.of("Hafenblatt"), List.of("de"),
                new TreeMap<>(Map.of("e:nordkai", 0.5)), new TreeMap<>(Map.of(term, 1.0)), List.of());
    }

    /**
     * Counted, not timed: an event that ages out long after it was last touched is in no cache, and on RocksDB every
     * read of it misses; its summary was decoded twice (read, then deleted) and each feature's list read twice (for
     * its count, then to take the event out), which doubled the cost of an assignment once expiry ran.
     */
    @Test
    void anEventThatAgesOutIsDecodedOnceAndEachOfItsFeaturesListsReadOnce() {
        java.util.concurrent.atomic.AtomicInteger decodes = new java.util.concurrent.atomic.AtomicInteger();
        StateSerde<EventSummary> smile = new StateSerde<>(EventSummary.class);
        KeyValueStore<String, EventSummary> counting = store("counted-summaries", Serdes.serdeFrom(smile.serializer(), (topic, bytes) -> {
            if (bytes != null) decodes.incrementAndGet();
            return smile.deserializer().deserialize(topic, bytes);
        }));
        EventSettings settings = EventSettings.defaults().withQuietPeriod(Duration.ofDays(1));
        Instant t0 = Instant.parse("2024-03-01T08:00:00Z");
        EventSummary flood = new EventIndex(settings, new KeyValueEventStore(counting, lists, postings, expiry, LIMIT))
                .assign(signature("a1", t0, List.of("sarenburg", "vantor"), List.of("flood", "dam", "river"))).event();
        // As after a restart: nothing decoded, nothing cached.
        List<String> calls = new ArrayList<>();
        KeyValueEventStore events = new KeyValueEventStore(counting, counted(lists, calls), postings, expiry, LIMIT);
        EventIndex index = new EventIndex(settings, events);
        decodes.set(0);

        EventAssignment later = index.assign(signature("a2", t0.plus(Duration.ofDays(2)), List.of("kelmark"), List.of("budget", "vote")));

        assertThat(later.expired()).containsExactly(flood.id());
        assertThat(events.drainRemoved()).containsOnlyKeys(flood.id());
        assertThat(decodes.get()).as("decodes of the expired event's summary").isEqualTo(1);
        List<String> reads = calls.stream().filter(call -> call.startsWith("get ")).toList();
        assertThat(reads).as("list reads").doesNotHaveDuplicates()
                .contains("get e:sarenburg", "get e:vantor", "get t:flood", "get t:dam", "get t:river");
        assertThat(keys(lists)).containsExactlyInAnyOrder("e:kelmark", "t:budget", "t:vote");
    }

    private static ArticleSignature signature(String id, Instant published, List<String> entities, List<String> terms) {
        TreeMap<String, Double> e = new TreeMap<>();
        entities.forEach(name -> e.put(name, 1.0));
        TreeMap<String, Double> t = new TreeMap<>();
        terms.forEach(term -> t.put(term, 1.0));
        return new ArticleSignature(id, "Hafenblatt", "de", "title " + id, published, e, t);
    }

    @Test
    void clearingTheDerivedStoresEmptiesPostingsListsAndExpiryAndKeepsTheSummaries() {
        for (int i = 0; i < 25_000; i++) update(store, "t:f" + i, 1, Set.of("ev-" + i), Set.of()); // more than one batch
        update(store, "t:dam", 5, Set.of("ev-a", "ev-b", "ev-c", "ev-d", "ev-e"), Set.of()); // too common to be listed
        store.put(new EventSummary("ev-a", "Dam", 0, Instant.EPOCH, Instant.EPOCH, 1, List.of(), List.of(),
                new TreeMap<>(Map.of("t:dam", 1.0)), new TreeMap<>(), List.of()));
        store.addExpiry(ExpiryKey.of(Instant.EPOCH, "ev-a"));
        assertThat(keys(lists)).hasSize(25_000 + 1);
        assertThat(keys(postings)).hasSize(5);

        store.clearDerived();

        assertThat(keys(lists)).isEmpty();
        assertThat(keys(postings)).isEmpty();
        assertThat(keys(expiry)).isEmpty();
        assertThat(keys(summaries)).containsExactly("ev-a");
    }

    @Test
    void anExpiryScanStartsAtTheSmallestKeyStillLiveAndSeesAKeyAddedBelowIt() {
        List<String> scanStarts = new ArrayList<>();
        @SuppressWarnings("unchecked")
        KeyValueStore<String, String> recorded = (KeyValueStore<String, String>) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("range")) scanStarts.add((String) args[0]);
                    if (method.getName().equals("all")) scanStarts.add("all");
                    return method.invoke(expiry, args);
                });
        KeyValueEventStore events = new KeyValueEventStore(summaries, lists, postings, recorded, LIMIT);
        String day1 = ExpiryKey.of(Instant.parse("2024-03-01T00:00:00Z"), "ev-1");
        String day2 = ExpiryKey.of(Instant.parse("2024-03-02T00:00:00Z"), "ev-2");
        String day3 = ExpiryKey.of(Instant.parse("2024-03-03T00:00:00Z"), "ev-3");
        List.of(day1, day2, day3).forEach(events::addExpiry);

        List<String> expired = new ArrayList<>();
        String limit = ExpiryKey.before(Instant.parse("2024-03-02T12:00:00Z"));
        events.scanExpiry(key -> key.compareTo(limit) < 0 && expired.add(key));
        expired.forEach(events::removeExpiry);
        assertThat(expired).containsExactly(day1, day2);

        // the next scan starts where the live keys began, not at the first key: removed keys stay as tombstones in RocksDB
        List<String> seen = new ArrayList<>();
        events.scanExpiry(seen::add);
        assertThat(seen).containsExactly(day3);
        assertThat(scanStarts.get(1)).isEqualTo(day1);

        // an old article's new event lands below where the scans start, and is still seen
        String older = ExpiryKey.of(Instant.parse("2024-02-20T00:00:00Z"), "ev-0");
        events.addExpiry(older);
        seen.clear();
        events.scanExpiry(seen::add);
        assertThat(seen).containsExactly(older, day3);
    }

    /** One feature's change, as the index writes it (in a batch of one). */
    private static void update(EventStore target, String feature, int count, Set<String> added, Set<String> removed) {
        target.updatePostings(Map.of(feature, new EventStore.PostingChange(count, added, removed)));
    }

    private <T> KeyValueStore<String, T> store(String name, Serde<T> serde) {
        KeyValueStore<String, T> kv = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), serde)
                .withLoggingDisabled().build();
        kv.init(context.getStateStoreContext(), kv);
        return kv;
    }

    /** The store, recording its reads and writes ("get key", "put key") in {@code calls}. */
    @SuppressWarnings("unchecked")
    private static <T> KeyValueStore<String, T> counted(KeyValueStore<String, T> kv, List<String> calls) {
        return (KeyValueStore<String, T>) java.lang.reflect.Proxy.newProxyInstance(KeyValueEventStoreTest.class.getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    if (Set.of("get", "put", "delete", "range").contains(method.getName())) calls.add(method.getName() + " " + args[0]);
                    if (method.getName().equals("putAll")) ((List<KeyValue<String, T>>) args[0]).forEach(kv2 -> calls.add("put " + kv2.key));
                    return method.invoke(kv, args);
                });
    }

    private static List<String> keys(KeyValueStore<String, ?> kv) {
        List<String> keys = new ArrayList<>();
        try (var it = kv.all()) {
            it.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }
}
