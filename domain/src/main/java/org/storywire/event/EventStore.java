package org.storywire.event;

import java.util.Collection;

/**
 * Where events live, keyed by event id. The Kafka processor backs it with a key-value state store
 * (one record per event, value = {@link EventSummary} as JSON); {@link InMemoryEventStore} serves
 * tests and the evaluation. The index derives everything else from these records.
 */
public interface EventStore {
    EventSummary get(String id);

    void put(EventSummary event);

    void remove(String id);

    /** Every stored event, in any order (the index sorts). */
    Collection<EventSummary> all();
}
