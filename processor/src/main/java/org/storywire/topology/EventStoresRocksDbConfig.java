package org.storywire.topology;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

/**
 * RocksDB options of the assign-event task's stores. Kafka Streams opens every store with
 * {@code optimize_filters_for_hits}: the bottommost sorted run, which holds nearly all keys of a store
 * that outgrows its memtables, has no Bloom filter, so a get for an absent key searches its index and
 * reads a data block. That suits stores whose gets find their key; the event index's mostly do not: each
 * article looks up its own ~100 features of which most no active event holds, a new event's id, the
 * article's event mapping. Once the stores outgrow the 50 MB block cache every such miss read a block from
 * the file, and the cost of an article grew with the number of events held. With filters on every run a
 * miss is answered from the filter (10 bits a key, kept by the table readers in native memory).
 */
public final class EventStoresRocksDbConfig implements RocksDBConfigSetter {
    static final Set<String> STORES = Set.of(TopologyNames.EVENTS_STORE, TopologyNames.EVENT_POSTING_LISTS_STORE,
            TopologyNames.EVENT_POSTINGS_STORE, TopologyNames.EVENT_EXPIRY_STORE, TopologyNames.ARTICLE_EVENTS_STORE,
            TopologyNames.EVENT_MEMBERS_STORE, TopologyNames.EVENT_MEMBER_HEADS_STORE);

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        if (STORES.contains(storeName)) options.setOptimizeFiltersForHits(false);
    }

    @Override
    public void close(String storeName, Options options) {}
}
