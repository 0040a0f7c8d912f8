package org.storywire.event;

import java.time.Instant;

/**
 * An event's place in the expiry order as one string: its last-seen time in fixed-width hex (the
 * seconds with the sign bit flipped, so that earlier times sort first as strings and as bytes,
 * before 1970 too), then its id. A store that keeps these keys sorted (a TreeSet, RocksDB) keeps
 * the events in (last seen, id) order.
 */
public final class ExpiryKey {
    private static final int TIME_DIGITS = 24;

    private ExpiryKey() {}

    public static String of(Instant lastSeen, String id) {
        return String.format("%016x%08x", lastSeen.getEpochSecond() ^ Long.MIN_VALUE, lastSeen.getNano()) + id;
    }

    /** The smallest key of any event last seen at {@code t} or later: keys below it were last seen before {@code t}. */
    public static String before(Instant t) {
        return of(t, "");
    }

    public static String id(String key) {
        return key.substring(TIME_DIGITS);
    }

    public static Instant lastSeen(String key) {
        long seconds = Long.parseUnsignedLong(key.substring(0, 16), 16) ^ Long.MIN_VALUE;
        return Instant.ofEpochSecond(seconds, Long.parseLong(key.substring(16, TIME_DIGITS), 16));
    }
}
