package org.storywire.topology;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stores without a changelog, derived from logged ones at every start: RocksDB keeps what a crashed
 * run wrote after its last commit, and another instance taking the task over has nothing, so they
 * are emptied and derived again, never trusted.
 */
final class DerivedStores {
    private static final int CLEAR_BATCH = 10_000;

    private DerivedStores() {}

    /** Deletes every key, a bounded batch at a time, each batch read from where the last one ended. */
    static <V> void clear(KeyValueStore<String, V> store) {
        List<String> keys = new ArrayList<>(CLEAR_BATCH);
        String from = null;
        do {
            keys.clear();
            try (KeyValueIterator<String, V> it = store.range(from, null)) {
                while (it.hasNext() && keys.size() < CLEAR_BATCH) keys.add(it.next().key);
            }
            keys.forEach(key -> store.put(key, null));
            if (!keys.isEmpty()) from = keys.get(keys.size() - 1);
        } while (keys.size() == CLEAR_BATCH);
    }
}
