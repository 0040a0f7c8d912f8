package org.storywire.topology;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the signatures that the extraction tasks of the {@code articles.raw} partitions wrote, each
 * partition's in its own order, into one order that depends on those sequences alone and not on
 * how the tasks' writes happened to interleave: a signature leaves only when every partition has
 * one waiting, and the earliest of the waiting heads (publication time, then partition) leaves first.
 * Event assignment is a function of its input order, so a replay of the same log then founds and
 * joins the same events. A partition that sends nothing stalls the merge; {@link #drain()} lets the
 * caller release everything after a quiet spell (see {@link OrderSignaturesProcessor}).
 */
final class SignatureMerge<T> {
    /** A signature waiting for its turn: its source partition and offset, its time and what it carries. */
    record Entry<T>(int partition, long offset, long timestamp, T value) {}

    private static final Comparator<Entry<?>> TURN = Comparator.<Entry<?>>comparingLong(Entry::timestamp).thenComparingInt(Entry::partition);

    private final Map<Integer, ArrayDeque<Entry<T>>> queues = new TreeMap<>();
    private int partitions;
    private int waiting;

    /** @param partitions how many partitions the merge waits for (more, when a signature names a higher one) */
    SignatureMerge(int partitions) {
        if (partitions < 1) throw new IllegalArgumentException("partitions must be positive: " + partitions);
        this.partitions = partitions;
    }

    /** Queues a signature behind the earlier ones of its partition (callers add each partition's in offset order). */
    void add(Entry<T> entry) {
        partitions = Math.max(partitions, entry.partition() + 1);
        queues.computeIfAbsent(entry.partition(), p -> new ArrayDeque<>()).addLast(entry);
        waiting++;
    }

    /** The signatures whose turn has come: taken out, in merge order. */
    List<Entry<T>> ready() {
        List<Entry<T>> out = new ArrayList<>();
        while (everyPartitionWaiting()) out.add(takeEarliestHead());
        return out;
    }

    /** Everything waiting, in merge order among what is there (after a quiet spell: a partition may have nothing to send). */
    List<Entry<T>> drain() {
        return drain(Integer.MAX_VALUE);
    }

    /** The first {@code max} of what {@link #drain()} would give (all, when fewer wait); the rest keep waiting. */
    List<Entry<T>> drain(int max) {
        List<Entry<T>> out = new ArrayList<>(Math.min(max, waiting));
        while (waiting > 0 && out.size() < max) out.add(takeEarliestHead());
        return out;
    }

    int waiting() {
        return waiting;
    }

    private boolean everyPartitionWaiting() {
        if (waiting == 0) return false;
        for (int p = 0; p < partitions; p++) {
            ArrayDeque<Entry<T>> q = queues.get(p);
            if (q == null || q.isEmpty()) return false;
        }
        return true;
    }

    private Entry<T> takeEarliestHead() {
        ArrayDeque<Entry<T>> earliest = null;
        for (ArrayDeque<Entry<T>> q : queues.values()) {
            if (!q.isEmpty() && (earliest == null || TURN.compare(q.peekFirst(), earliest.peekFirst()) < 0)) earliest = q;
        }
        waiting--;
        return earliest.pollFirst();
    }
}
