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
        // Written out by hand: a Formatter per key was a visible share of event assignment, which keys every event it touches.
        StringBuilder key = new StringBuilder(TIME_DIGITS + id.length());
        appendHex(key, lastSeen.getEpochSecond() ^ Long.MIN_VALUE, 16);
        appendHex(key, lastSeen.getNano(), 8);
        return key.append(id).toString();
    }

    /** {@code value} in lower-case hex, unsigned, zero-padded to {@code digits}: what {@code %016x} writes. */
    private static void appendHex(StringBuilder out, long value, int digits) {
        String hex = Long.toHexString(value);
        for (int i = hex.length(); i < digits; i++) out.append('0');
        out.append(hex);
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
