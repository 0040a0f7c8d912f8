package org.storywire.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.storywire.event.EventStore;
import org.storywire.event.ExpiryKey;
import org.storywire.event.EventSummary;

/**
 * The event index's store on three Kafka Streams key-value stores (RocksDB, off the heap; their
 * changelogs make them durable): {@code event-summaries} (event id -> {@link EventSummary}, Smile),
 * {@code event-postings} (feature -> its event count, and feature + NUL + event id -> 1 for each
 * event holding it, so that one event's posting is one small record and a feature's events are one
 * range scan) and {@code event-expiry} (expiry key -> event id). The index keeps the counts itself
 * while it changes them ({@code CentroidCache}) and writes each once per article. Remembers what was removed since
 * {@link #drainRemoved()}, so that the processor can publish a merged or expired event's last state.
 */
final class KeyValueEventStore implements EventStore {
    /** Below every character of an event id: a feature's posting keys follow its count key and nothing else's. */
    private static final char SEPARATOR = '\u0000';

    private final KeyValueStore<String, EventSummary> summaries;
    private final KeyValueStore<String, Integer> postings;
    private final KeyValueStore<String, String> expiry;
    private final Map<String, EventSummary> removed = new LinkedHashMap<>();

    KeyValueEventStore(KeyValueStore<String, EventSummary> summaries, KeyValueStore<String, Integer> postings,
                       KeyValueStore<String, String> expiry) {
        this.summaries = summaries;
        this.postings = postings;
        this.expiry = expiry;
    }

    @Override
    public EventSummary get(String id) {
        return summaries.get(id);
    }

    @Override
    public void put(EventSummary event) {
        summaries.put(event.id(), event);
    }

    @Override
    public void remove(String id) {
        EventSummary last = summaries.delete(id);
        if (last != null) removed.put(id, last);
    }

    @Override
    public void scan(Predicate<EventSummary> visitor) {
        try (KeyValueIterator<String, EventSummary> it = summaries.all()) {
            while (it.hasNext()) if (!visitor.test(it.next().value)) return;
        }
    }

    @Override
    public int postingCount(String feature) {
        Integer n = postings.get(feature);
        return n == null ? 0 : n;
    }

    @Override
    public List<String> postings(String feature) {
        List<String> ids = new ArrayList<>();
        int idAt = feature.length() + 1;
        try (KeyValueIterator<String, Integer> it = postings.range(feature + SEPARATOR, feature + (char) (SEPARATOR + 1))) {
            while (it.hasNext()) ids.add(it.next().key.substring(idAt));
        }
        return ids;
    }

    // Writes without reading first: the index adds only postings that are absent and removes only
    // those present, and a null value is a delete that does not read the old one (delete() does).
    @Override
    public void addPosting(String feature, String id) {
        postings.put(feature + SEPARATOR + id, 1);
    }

    @Override
    public void removePosting(String feature, String id) {
        postings.put(feature + SEPARATOR + id, null);
    }

    @Override
    public void putPostingCount(String feature, int count) {
        postings.put(feature, count > 0 ? count : null);
    }

    @Override
    public void addExpiry(String key) {
        expiry.put(key, ExpiryKey.id(key));
    }

    @Override
    public void removeExpiry(String key) {
        expiry.put(key, null);
    }

    @Override
    public void scanExpiry(Predicate<String> visitor) {
        try (KeyValueIterator<String, String> it = expiry.all()) {
            while (it.hasNext()) {
                KeyValue<String, String> next = it.next();
                if (!visitor.test(next.key)) return;
            }
        }
    }

    /** The events removed since the last call, with their last state. */
    Map<String, EventSummary> drainRemoved() {
        Map<String, EventSummary> result = new LinkedHashMap<>(removed);
        removed.clear();
        return result;
    }
}
