package org.storywire.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.storywire.event.EventStore;
import org.storywire.event.EventSummary;

/**
 * The event index's store on a Kafka Streams key-value store (event id -> {@link EventSummary},
 * Smile; its changelog makes it durable). Remembers what was removed since {@link #drainRemoved()},
 * so that the processor can publish a merged or expired event's last state.
 */
final class KeyValueEventStore implements EventStore {
    private final KeyValueStore<String, EventSummary> store;
    private final Map<String, EventSummary> removed = new LinkedHashMap<>();

    KeyValueEventStore(KeyValueStore<String, EventSummary> store) {
        this.store = store;
    }

    @Override
    public EventSummary get(String id) {
        return store.get(id);
    }

    @Override
    public void put(EventSummary event) {
        store.put(event.id(), event);
    }

    @Override
    public void remove(String id) {
        EventSummary last = store.delete(id);
        if (last != null) removed.put(id, last);
    }

    @Override
    public Collection<EventSummary> all() {
        List<EventSummary> all = new ArrayList<>();
        try (KeyValueIterator<String, EventSummary> it = store.all()) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        return all;
    }

    /** The events removed since the last call, with their last state. */
    Map<String, EventSummary> drainRemoved() {
        Map<String, EventSummary> result = new LinkedHashMap<>(removed);
        removed.clear();
        return result;
    }
}
