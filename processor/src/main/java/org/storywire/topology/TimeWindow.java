package org.storywire.topology;

import java.time.Instant;

/** Which articles a run takes, by record (event) time: from inclusive, to exclusive; null = open. */
public record TimeWindow(Instant from, Instant to) {
    public static final TimeWindow ALL = new TimeWindow(null, null);

    public TimeWindow {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the window's start " + from + " must be before its end " + to);
        }
    }

    public boolean contains(long timestampMillis) {
        return (from == null || timestampMillis >= from.toEpochMilli()) && (to == null || timestampMillis < to.toEpochMilli());
    }
}
