package org.storywire.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The index holds decoded centroids for a bounded number of events and reads the rest from its
 * store: a cache too small for any of them must decide exactly as one holding every event (so the
 * event frequencies kept beside cached centroids follow every posting change), and the heap state
 * must stay bounded however many events are active.
 */
class EventIndexCacheTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void anIndexCachingTwoEventsAssignsAsOneCachingEveryEvent() {
        EventSettings settings = EventSettings.defaults().withThreshold(0.25).withQuietPeriod(Duration.ofHours(30));
        Random random = new Random(11);
        EventIndex everything = new EventIndex(settings, new InMemoryEventStore(), 100_000);
        EventIndex two = new EventIndex(settings, new InMemoryEventStore(), 2);
        int joins = 0;
        for (int i = 0; i < 400; i++) {
            ArticleSignature next = EventIndexRebuildTest.signature(random, i);
            EventAssignment expected = everything.assign(next);
            assertThat(two.assign(next)).as("article %d", i).usingRecursiveComparison().isEqualTo(expected);
            if (!expected.isNew()) joins++;
        }
        assertThat(joins).as("joins").isGreaterThan(100);
        assertThat(two.cachedEvents()).isEqualTo(2);
        assertThat(everything.cachedEvents()).isEqualTo(everything.size());
    }

    @Test
    void theHeapHoldsAtMostTheCachedEventsWhateverTheNumberOfEvents() {
        InMemoryEventStore store = new InMemoryEventStore();
        EventIndex index = new EventIndex(EventSettings.defaults(), store, 50);
        for (int i = 0; i < 3000; i++) index.assign(ownEvent(i));

        assertThat(index.size()).isEqualTo(3000);
        assertThat(store.size()).isEqualTo(3000);
        assertThat(index.cachedEvents()).isEqualTo(50);
        // Every event has 12 features of its own and 2 shared ones: only the cached events' are held.
        assertThat(index.cachedFeatures()).isEqualTo(50 * 12 + 2);
        // An index over the same store, with nothing cached yet, decides alike.
        ArticleSignature next = ownEvent(17);
        EventAssignment fresh = new EventIndex(EventSettings.defaults(), copyOf(store)).assign(next);
        assertThat(index.assign(next)).usingRecursiveComparison().isEqualTo(fresh);
        assertThat(fresh.isNew()).isFalse();
    }

    /** An article that founds an event of its own: features of its own, one entity and one term every article shares. */
    private static ArticleSignature ownEvent(int i) {
        TreeMap<String, Double> entities = new TreeMap<>();
        TreeMap<String, Double> terms = new TreeMap<>();
        entities.put("agency", 1.0);
        terms.put("said", 1.0);
        for (int k = 0; k < 4; k++) entities.put("name" + i + "x" + k, 2.0);
        for (int k = 0; k < 8; k++) terms.put("term" + i + "x" + k, 2.0);
        return new ArticleSignature("article-" + i, "outlet", "en", "title " + i, T0.plus(Duration.ofMinutes(i)), entities, terms);
    }

    private static InMemoryEventStore copyOf(InMemoryEventStore store) {
        InMemoryEventStore copy = new InMemoryEventStore();
        store.all().forEach(copy::put);
        return copy;
    }
}
