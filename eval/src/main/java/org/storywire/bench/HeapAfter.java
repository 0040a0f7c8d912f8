package org.storywire.bench;

import java.time.Duration;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.storywire.processor.ProcessorApp;
import org.storywire.topology.TopologyNames;

/**
 * What a processor holds after a run: its stories and events, counted one by one in their stores
 * (RocksDB's approximate count is an estimate, and heap is divided by this), and the heap in use
 * after a full collection. Broker, registry and processor share the bench's JVM, so the heap is an
 * upper bound for the processor's.
 */
record HeapAfter(long stories, long events, long heapUsedBytes) {

    static HeapAfter of(ProcessorApp app) throws InterruptedException {
        awaitSignaturesAssigned(app);
        long stories = count(app, TopologyNames.STORY_STATE_STORE);
        long events = count(app, TopologyNames.EVENTS_STORE);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return new HeapAfter(stories, events, rt.totalMemory() - rt.freeMemory());
    }

    /**
     * Caught up on its inputs, event assignment may still hold the last signatures of the partitions that finished
     * later, until its quiet spell lets them go (OrderSignaturesProcessor): counted before, the events would miss them.
     */
    private static void awaitSignaturesAssigned(ProcessorApp app) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count(app, TopologyNames.SIGNATURE_ORDER_STORE) > 0 && System.nanoTime() < end) Thread.sleep(200);
    }

    /** Heap per story in kB; 0 without stories. */
    double kilobytesPerStory() {
        return stories == 0 ? 0 : heapUsedBytes / 1e3 / stories;
    }

    private static long count(ProcessorApp app, String storeName) {
        long n = 0;
        try (KeyValueIterator<Object, Object> all = app.streams().store(StoreQueryParameters.fromNameAndType(storeName,
                QueryableStoreTypes.keyValueStore())).all()) {
            for (; all.hasNext(); all.next()) n++;
        }
        return n;
    }
}
