package org.storywire.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** An {@link EventStore} in sorted maps, all on the heap (tests and the evaluation). Not thread-safe. */
public final class InMemoryEventStore implements EventStore {
    private final TreeMap<String, EventSummary> events = new TreeMap<>();
    private final Map<String, TreeSet<String>> postings = new HashMap<>();
    /** Kept apart from the postings, as the key-value store keeps them: a count the index got wrong stays wrong here too. */
    private final Map<String, Integer> counts = new HashMap<>();
    private final TreeSet<String> expiry = new TreeSet<>();

    @Override
    public EventSummary get(String id) {
        return events.get(id);
    }

    @Override
    public void put(EventSummary event) {
        events.put(event.id(), event);
    }

    @Override
    public void remove(String id) {
        events.remove(id);
    }

    @Override
    public void scan(Predicate<EventSummary> visitor) {
        for (EventSummary e : events.values()) if (!visitor.test(e)) return;
    }

    @Override
    public int postingCount(String feature) {
        return counts.getOrDefault(feature, 0);
    }

    @Override
    public List<String> postings(String feature) {
        TreeSet<String> ids = postings.get(feature);
        return ids == null ? List.of() : List.copyOf(ids);
    }

    @Override
    public void updatePostings(Map<String, PostingChange> changes) {
        changes.forEach(this::update);
    }

    private void update(String feature, PostingChange change) {
        TreeSet<String> ids = postings.computeIfAbsent(feature, k -> new TreeSet<>());
        ids.removeAll(change.removed());
        ids.addAll(change.added());
        if (ids.isEmpty()) postings.remove(feature);
        if (change.count() > 0) counts.put(feature, change.count());
        else counts.remove(feature);
    }

    @Override
    public void addExpiry(String key) {
        expiry.add(key);
    }

    @Override
    public void removeExpiry(String key) {
        expiry.remove(key);
    }

    @Override
    public void scanExpiry(Predicate<String> visitor) {
        for (String key : expiry) if (!visitor.test(key)) return;
    }

    /** The stored summaries, in id order. */
    public Collection<EventSummary> all() {
        return new ArrayList<>(events.values());
    }

    public int size() {
        return events.size();
    }
}
