package org.storywire.topology;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
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

    /**
     * Deletes every key, a bounded batch at a time, each batch read from where the last one ended and
     * deleted in one {@code putAll} (one RocksDB write batch; a null value deletes without reading).
     */
    static <V> void clear(KeyValueStore<String, V> store) {
        List<KeyValue<String, V>> deletes = new ArrayList<>(CLEAR_BATCH);
        String from = null;
        do {
            deletes.clear();
            try (KeyValueIterator<String, V> it = store.range(from, null)) {
                while (it.hasNext() && deletes.size() < CLEAR_BATCH) deletes.add(KeyValue.pair(it.next().key, null));
            }
            if (!deletes.isEmpty()) {
                store.putAll(deletes);
                from = deletes.get(deletes.size() - 1).key;
            }
        } while (deletes.size() == CLEAR_BATCH);
    }
}
