package org.storywire.event;

import java.util.List;
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
 *       centroid holds it, and apart from them their count (the feature's event frequency), which the
 *       index writes once per article and feature changed, from a count it knows;
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

    /** Records that the event holds the feature; the index calls it only when the event did not (no read before the write). */
    void addPosting(String feature, String id);

    /** Records that the event no longer holds the feature; the index calls it only when the event did. */
    void removePosting(String feature, String id);

    /** The feature's event count after the index's posting changes (0: no event holds it). */
    void putPostingCount(String feature, int count);

    void addExpiry(String key);

    void removeExpiry(String key);

    /** Visits expiry keys in ascending order until {@code visitor} returns false. */
    void scanExpiry(Predicate<String> visitor);
}
