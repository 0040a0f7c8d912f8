package org.storywire.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The live index keeps derived state beside its store (postings, each event's centroids with their
 * postings at hand); an index rebuilt from the store has none of that history. Both must assign the
 * next article alike, score for score, after joins, merges and expiries.
 */
class EventIndexRebuildTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void theLiveIndexAssignsAsOneRebuiltFromItsStoreAfterJoinsMergesAndExpiries() {
        EventSettings settings = EventSettings.defaults().withThreshold(0.25).withQuietPeriod(Duration.ofHours(30));
        Random random = new Random(7);
        InMemoryEventStore store = new InMemoryEventStore();
        EventIndex live = new EventIndex(settings, store);
        int merges = 0;
        int expiries = 0;
        for (int i = 0; i < 400; i++) {
            ArticleSignature next = signature(random, i);
            InMemoryEventStore copy = new InMemoryEventStore();
            store.all().forEach(copy::put);
            EventAssignment rebuilt = new EventIndex(settings, copy).assign(next);

            EventAssignment assigned = live.assign(next);

            assertThat(assigned).as("article %d", i).usingRecursiveComparison().isEqualTo(rebuilt);
            merges += assigned.mergedFrom().size();
            expiries += assigned.expired().size();
        }
        assertThat(merges).as("merges").isPositive();
        assertThat(expiries).as("expiries").isPositive();
    }

    /** Features from a small vocabulary, so that articles join, events merge, and quiet ones expire. */
    static ArticleSignature signature(Random random, int i) {
        TreeMap<String, Double> entities = new TreeMap<>();
        TreeMap<String, Double> terms = new TreeMap<>();
        int topic = random.nextInt(12);
        for (int k = 0; k < 4; k++) entities.put("e" + (topic * 3 + random.nextInt(5)), 1.0 + random.nextInt(3));
        for (int k = 0; k < 8; k++) terms.put("t" + (topic * 5 + random.nextInt(12)), 1.0 + random.nextInt(4));
        Instant published = T0.plus(Duration.ofMinutes(20L * i + random.nextInt(600)));
        return new ArticleSignature("a" + i, "outlet" + random.nextInt(5), random.nextBoolean() ? "de" : "en", "title " + i,
                published, entities, terms);
    }
}
