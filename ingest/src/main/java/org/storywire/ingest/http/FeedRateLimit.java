package org.storywire.ingest.http;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per feed: each feed may send {@code perSecond} requests a second on average and
 * up to a second's worth at once, so that one runaway source cannot crowd out the others.
 */
final class FeedRateLimit {
    private static final double NANOS_PER_SECOND = 1e9;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new HashMap<>();

    /** The requests a feed may still send, as of a moment. */
    private static final class Bucket {
        double available;
        long at;

        Bucket(double available, long at) {
            this.available = available;
            this.at = at;
        }
    }

    FeedRateLimit(double perSecond, LongSupplier nanoTime) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("the rate limit must be above 0 requests per second");
        }
        this.perSecond = perSecond;
        this.burst = Math.max(1, perSecond);
        this.nanoTime = nanoTime;
    }

    /** Takes one request of {@code feed}: 0 when admitted, else the whole seconds until it would be. */
    synchronized long admit(String feed) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(feed, f -> new Bucket(burst, now));
        bucket.available = Math.min(burst, bucket.available + (now - bucket.at) / NANOS_PER_SECOND * perSecond);
        bucket.at = now;
        if (bucket.available >= 1) {
            bucket.available -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - bucket.available) / perSecond));
    }
}
