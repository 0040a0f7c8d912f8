package org.storywire.event;

import java.util.List;
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
 *       writes both once per article and feature changed, the count from one it knows;
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
     * One article's changes to the feature's postings, written once: its event count after them (0: no
     * event holds it), the events that came to hold it and those that no longer do (each set disjoint
     * from the other; the index adds only events that did not hold the feature and removes only those that did).
     */
    void updatePostings(String feature, int count, Set<String> added, Set<String> removed);

    void addExpiry(String key);

    void removeExpiry(String key);

    /** Visits expiry keys in ascending order until {@code visitor} returns false. */
    void scanExpiry(Predicate<String> visitor);
}
