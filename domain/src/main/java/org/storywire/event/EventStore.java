package org.storywire.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where events and the index over them live. The Kafka processor backs it with key-value state
 * stores on RocksDB (off the heap, durable through their changelogs); {@link InMemoryEventStore}
 * serves tests and the evaluation. {@link EventIndex} keeps no per-event state of its own beyond a
 * bounded cache, so everything that grows with the number of events is here:
 *
 * <ul>
 *   <li>summaries: event id -> {@link EventSummary} (the centroid included);
 *   <li>postings: feature ({@code "e:" + entity}, {@code "t:" + term}) -> ids of the events whose
 *       centroid holds it, and apart from them their count (the feature's event frequency); the index
 *       writes an article's changes to them in one batch, each feature once, the count from one it knows;
 *   <li>the expiry order: keys made by {@link ExpiryKey} (last seen, then id), sorted as strings.
 * </ul>
 *
 * Postings and the expiry order are derived from the summaries: an index over a store holding
 * summaries only derives them again.
 */
public interface EventStore {
    EventSummary get(String id);

    void put(EventSummary event);

    void remove(String id);

    /** Visits stored summaries in any order until {@code visitor} returns false. */
    void scan(Predicate<EventSummary> visitor);

    /** How many events hold the feature (0 when none). */
    int postingCount(String feature);

    /** The ids of the events holding the feature, in id order. */
    List<String> postings(String feature);

    /**
     * One article's changes to the postings, feature -> its change, each feature once; the index calls it
     * after every article, with no changes too. A store may keep what it read of the postings since the
     * last call until this one (no posting changes in between): an expired event's features are read for
     * their counts and then rewritten, and on RocksDB each read missed every cache.
     */
    void updatePostings(Map<String, PostingChange> changes);

    /**
     * A feature's change: its event count after it (0: no event holds it), the events that came to hold it
     * and those that no longer do (each set disjoint from the other; the index adds only events that did not
     * hold the feature and removes only those that did).
     */
    record PostingChange(int count, Set<String> added, Set<String> removed) {}

    void addExpiry(String key);

    void removeExpiry(String key);

    /** Visits expiry keys in ascending order until {@code visitor} returns false. */
    void scanExpiry(Predicate<String> visitor);
}
