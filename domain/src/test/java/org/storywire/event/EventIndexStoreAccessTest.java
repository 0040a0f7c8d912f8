package org.storywire.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * In the processor the index's store is RocksDB behind Kafka Streams' record cache, where every read
 * that misses the cache and every written record (each one also a changelog record) costs. One
 * assignment must read a feature's event count at most once and write each changed feature's
 * postings once; the counts written must still be the number of postings.
 */
class EventIndexStoreAccessTest {

    @Test
    void anAssignmentReadsAndWritesEachFeatureCountAtMostOnceAndKeepsTheCountsExact() {
        EventSettings settings = EventSettings.defaults().withThreshold(0.25).withQuietPeriod(Duration.ofHours(30));
        CountingStore store = new CountingStore();
        EventIndex index = new EventIndex(settings, store, 3); // a small cache: counts of uncached features come from the store
        Random random = new Random(7);
        int founded = 0;
        int merges = 0;
        int expiries = 0;
        for (int i = 0; i < 400; i++) {
            store.reads.clear();
            store.writes.clear();
            ArticleSignature next = EventIndexRebuildTest.signature(random, i);

            EventAssignment a = index.assign(next);

            assertThat(store.reads.values()).as("count reads per feature, article %d", i).allMatch(n -> n == 1);
            assertThat(store.writes.values()).as("posting writes per feature, article %d", i).allMatch(n -> n == 1);
            if (a.isNew() && a.expired().isEmpty()) {
                founded++;
                // Every feature of the new event gained a posting, so its postings were written, once.
                assertThat(store.writes).as("article %d", i).hasSize(a.event().entities().size() + a.event().terms().size());
            }
            merges += a.mergedFrom().size();
            expiries += a.expired().size();
            for (String feature : store.features) {
                assertThat(store.postingCount(feature)).as("count of %s after article %d", feature, i)
                        .isEqualTo(store.postings(feature).size());
            }
        }
        assertThat(founded).as("events founded").isPositive();
        assertThat(merges).as("merges").isPositive();
        assertThat(expiries).as("expiries").isPositive();
    }

    @Test
    void joiningACachedEventReadsNoCountOfItsFeatures() {
        CountingStore store = new CountingStore();
        EventIndex index = new EventIndex(EventSettings.defaults(), store);
        index.assign(article("a1", List.of("sarenburg", "vantor"), List.of("flood", "dam", "river", "valley")));
        store.reads.clear();

        EventAssignment joined = index.assign(article("a2", List.of("sarenburg", "vantor"), List.of("flood", "dam")));

        assertThat(joined.isNew()).isFalse();
        // Every feature of the event is cached with its count, "river" and "valley" too, which the article lacks.
        assertThat(store.reads).isEmpty();
    }

    @Test
    void aCachedFeaturesPostingsAreReadFromTheStoreOnce() {
        CountingStore store = new CountingStore();
        EventIndex index = new EventIndex(EventSettings.defaults(), store);
        index.assign(article("a1", List.of("sarenburg", "vantor"), List.of("flood", "dam", "river", "valley")));
        index.assign(article("a2", List.of("sarenburg", "vantor"), List.of("flood", "dam")));
        store.postingReads.clear();

        EventAssignment third = index.assign(article("a3", List.of("sarenburg", "vantor"), List.of("flood", "dam")));

        assertThat(third.isNew()).isFalse();
        // Looked up by the same features as the article before: their lists are in the cells, kept current since.
        assertThat(store.postingReads).isEmpty();
    }

    @Test
    void assignmentsAreTheSameWhateverTheCacheHoldsAndThePostingLimit() {
        for (int postingLimit : new int[] {200, 6}) {
            EventSettings defaults = EventSettings.defaults();
            EventSettings settings = new EventSettings(0.25, defaults.entityWeight(), defaults.halfLife(), defaults.decayFloor(),
                    Duration.ofHours(30), defaults.maxEntities(), defaults.maxTerms(), postingLimit, defaults.maxCandidates(), defaults.maxOutlets());
            EventIndex holding = new EventIndex(settings, new InMemoryEventStore());
            EventIndex reading = new EventIndex(settings, new InMemoryEventStore(), 1); // a cell lives while one centroid holds it
            Random random = new Random(11);
            for (int i = 0; i < 400; i++) {
                ArticleSignature next = EventIndexRebuildTest.signature(random, i);
                assertThat(holding.assign(next)).as("article %d, limit %d", i, postingLimit).isEqualTo(reading.assign(next));
            }
        }
    }

    private static ArticleSignature article(String id, List<String> entities, List<String> terms) {
        TreeMap<String, Double> e = new TreeMap<>();
        entities.forEach(name -> e.put(name, 1.0));
        TreeMap<String, Double> t = new TreeMap<>();
        terms.forEach(term -> t.put(term, 1.0));
        return new ArticleSignature(id, "outlet", "en", "title " + id, Instant.parse("2026-03-02T08:00:00Z"), e, t);
    }

    /** An in-memory store that counts what the index asks of it. */
    private static final class CountingStore implements EventStore {
        private final InMemoryEventStore inner = new InMemoryEventStore();
        final Map<String, Integer> reads = new HashMap<>();
        final Map<String, Integer> writes = new HashMap<>();
        final Map<String, Integer> postingReads = new HashMap<>();
        final Set<String> features = new HashSet<>();

        @Override public EventSummary get(String id) { return inner.get(id); }
        @Override public void put(EventSummary event) { inner.put(event); }
        @Override public void remove(String id) { inner.remove(id); }
        @Override public void scan(Predicate<EventSummary> visitor) { inner.scan(visitor); }

        @Override
        public List<String> postings(String feature) {
            postingReads.merge(feature, 1, Integer::sum);
            return inner.postings(feature);
        }

        @Override public void addExpiry(String key) { inner.addExpiry(key); }
        @Override public void removeExpiry(String key) { inner.removeExpiry(key); }
        @Override public void scanExpiry(Predicate<String> visitor) { inner.scanExpiry(visitor); }

        @Override
        public int postingCount(String feature) {
            reads.merge(feature, 1, Integer::sum);
            return inner.postingCount(feature);
        }

        @Override
        public void updatePostings(Map<String, PostingChange> changes) {
            changes.keySet().forEach(feature -> writes.merge(feature, 1, Integer::sum));
            features.addAll(changes.keySet());
            inner.updatePostings(changes);
        }
    }
}
