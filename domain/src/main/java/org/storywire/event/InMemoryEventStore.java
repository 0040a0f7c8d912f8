package org.storywire.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.TreeMap;

/** An {@link EventStore} in a sorted map. Not thread-safe. */
public final class InMemoryEventStore implements EventStore {
    private final TreeMap<String, EventSummary> events = new TreeMap<>();

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
    public Collection<EventSummary> all() {
        return new ArrayList<>(events.values());
    }

    public int size() {
        return events.size();
    }
}
