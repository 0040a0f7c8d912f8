package org.storywire.topology;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Puts the article signatures into an order that a replay of the same log reproduces, before event
 * assignment sees them ({@link SignatureMerge}). Each signature names the partition and offset of
 * its article in {@code articles.raw} (the {@link #SOURCE_HEADER} header, set by extraction); waiting
 * signatures are kept in the {@code signature-order} store, so a restart resumes the same merge.
 * When signatures have waited {@link #QUIET} with none leaving and none arriving (a partition with no articles, a quiet
 * feed), or {@link #LONGEST_WAIT} with none leaving, everything waiting leaves: events of a slow feed appear after that
 * delay, and only such a spell can make a replay's order differ. What a spell lets go leaves {@link #DRAINED_PER_PUNCTUATION}
 * at a time, one batch per punctuation. A signature without the header (written before this step existed) passes.
 */
final class OrderSignaturesProcessor implements Processor<String, SignedArticle, String, SignedArticle> {
    static final String SOURCE_HEADER = "storywire.source";
    /** Several of a replay's one-second commits: a partition's signatures reach the merge a commit at a time. */
    static final Duration QUIET = Duration.ofSeconds(5);
    /** While signatures keep arriving, a partition whose task is slow (a cold start, a long batch) is waited for this long. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    /**
     * Signatures released by one punctuation at most. Each is assigned to its event inside the punctuation, which no
     * commit interrupts: in a replay of 150,000 articles a spell let about 5,000 go at once, more than the exactly-once
     * transaction's 10 s at a few ms each; the producer was fenced, and the assign-event task closed dirty, restored and
     * derived its postings from every event again. At most this many keep one punctuation to about a second.
     */
    static final int DRAINED_PER_PUNCTUATION = 500;

    /** A signature as it waits in the store, with its record's time: a null article is a retraction. */
    record Waiting(String articleId, long timestamp, SignedArticle article) {}

    private final int sourcePartitions;
    private final int drainedPerPunctuation;
    private ProcessorContext<String, SignedArticle> context;
    private KeyValueStore<String, Waiting> store;
    private SignatureMerge<Waiting> merge;
    private long lastMove;
    private long lastArrival;
    /** Signatures a quiet spell let go that are still to leave (they leave a batch per punctuation). */
    private int draining;

    OrderSignaturesProcessor(int sourcePartitions) {
        this(sourcePartitions, DRAINED_PER_PUNCTUATION);
    }

    OrderSignaturesProcessor(int sourcePartitions, int drainedPerPunctuation) {
        if (drainedPerPunctuation < 1) throw new IllegalArgumentException("drainedPerPunctuation must be positive: " + drainedPerPunctuation);
        this.sourcePartitions = sourcePartitions;
        this.drainedPerPunctuation = drainedPerPunctuation;
    }

    @Override
    public void init(ProcessorContext<String, SignedArticle> context) {
        this.context = context;
        this.store = context.getStateStore(TopologyNames.SIGNATURE_ORDER_STORE);
        this.merge = new SignatureMerge<>(sourcePartitions);
        // Keys sort by partition, then offset: each partition's signatures are queued in their order.
        try (KeyValueIterator<String, Waiting> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, Waiting> kv = it.next();
                merge.add(entry(kv.key, kv.value));
            }
        }
        this.lastMove = context.currentSystemTimeMs();
        this.lastArrival = lastMove;
        context.schedule(QUIET.dividedBy(5), PunctuationType.WALL_CLOCK_TIME, this::releaseIfQuiet);
    }

    @Override
    public void process(Record<String, SignedArticle> record) {
        String source = source(record.headers());
        if (source == null) {
            context.forward(record);
            return;
        }
        // The quiet spell counts from the last release or from when something began to wait, whichever is later,
        // and only while nothing arrives: a thread busy elsewhere must not make the partitions it did not read look silent.
        lastArrival = context.currentSystemTimeMs();
        if (merge.waiting() == 0) lastMove = lastArrival;
        SignatureMerge.Entry<Waiting> entry = entry(source, new Waiting(record.key(), record.timestamp(), record.value()));
        merge.add(entry);
        List<SignatureMerge.Entry<Waiting>> ready = merge.ready();
        // One that leaves as it arrives never waits: neither it nor its tombstone goes to the store and its changelog
        // (through the record cache, a put and a null put in one commit still wrote the tombstone and a RocksDB delete).
        if (!leaves(entry, ready)) store.put(storeKey(entry.partition(), entry.offset()), entry.value());
        release(ready, entry);
    }

    private static boolean leaves(SignatureMerge.Entry<Waiting> entry, List<SignatureMerge.Entry<Waiting>> ready) {
        for (SignatureMerge.Entry<Waiting> e : ready) if (e == entry) return true;
        return false;
    }

    private void releaseIfQuiet(long now) {
        if (draining == 0) {
            if (merge.waiting() == 0) return;
            boolean quiet = now - lastArrival >= QUIET.toMillis() && now - lastMove >= QUIET.toMillis();
            if (!quiet && now - lastMove < LONGEST_WAIT.toMillis()) return;
            draining = merge.waiting();
        }
        List<SignatureMerge.Entry<Waiting>> batch = merge.drain(Math.min(draining, drainedPerPunctuation));
        // Some may have left in merge order meanwhile, as others arrived: no more than still wait.
        draining = Math.min(draining - batch.size(), merge.waiting());
        release(batch, null);
    }

    /** Forwards {@code entries} in order and removes them from the store, but {@code unstored}, which was never put. */
    private void release(List<SignatureMerge.Entry<Waiting>> entries, SignatureMerge.Entry<Waiting> unstored) {
        if (entries.isEmpty()) return;
        lastMove = context.currentSystemTimeMs();
        for (SignatureMerge.Entry<Waiting> e : entries) {
            // A null put, not delete: delete returns the old value, decoded from Smile only to be dropped.
            if (e != unstored) store.put(storeKey(e.partition(), e.offset()), null);
            context.forward(new Record<>(e.value().articleId(), e.value().article(), e.timestamp()));
        }
    }

    /** The header's value: "partition:offset" of the article in articles.raw. */
    static byte[] sourceValue(int partition, long offset) {
        return (partition + ":" + offset).getBytes(StandardCharsets.UTF_8);
    }

    private static String source(Headers headers) {
        Header h = headers.lastHeader(SOURCE_HEADER);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    // Fixed width, so that the store's byte order is partition, then offset.
    static String storeKey(int partition, long offset) {
        return FoldStoryProcessor.zeroPadded(partition, 5) + ':' + FoldStoryProcessor.zeroPadded(offset, 19);
    }

    /** From a header's "partition:offset" or a store key (the same, zero-padded). */
    private static SignatureMerge.Entry<Waiting> entry(String partitionAndOffset, Waiting value) {
        int colon = partitionAndOffset.indexOf(':');
        return new SignatureMerge.Entry<>(Integer.parseInt(partitionAndOffset.substring(0, colon)),
                Long.parseLong(partitionAndOffset.substring(colon + 1)), value.timestamp(), value);
    }
}
