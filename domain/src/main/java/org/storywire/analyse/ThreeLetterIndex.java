package org.storywire.analyse;

import java.util.Map;

/**
 * A map keyed by three characters, read at an offset of a text without cutting them out: the trigger words' first letters
 * and the role endings' last ones are looked up for every token and capitalised word, and a substring per look-up was a
 * large share of extraction's allocation. The three characters are packed into a long; open addressing, no boxing.
 */
public final class ThreeLetterIndex<V> {
    private final long[] keys;
    private final Object[] values;
    private final int mask;

    /** {@code byKey}: keys of exactly three characters. */
    public ThreeLetterIndex(Map<String, V> byKey) {
        int size = Integer.highestOneBit(Math.max(4, byKey.size() * 2)) * 2;
        keys = new long[size];
        values = new Object[size];
        mask = size - 1;
        byKey.forEach((key, value) -> {
            if (key.length() != 3 || value == null) throw new IllegalArgumentException("not a three-letter key with a value: " + key);
            long k = key(key, 0);
            int i = slot(k);
            while (values[i] != null) i = (i + 1) & mask;
            keys[i] = k;
            values[i] = value;
        });
    }

    /** The value under {@code text}'s three characters from {@code at}, or {@code absent}. */
    @SuppressWarnings("unchecked")
    public V getOrDefault(CharSequence text, int at, V absent) {
        long k = key(text, at);
        for (int i = slot(k); values[i] != null; i = (i + 1) & mask) if (keys[i] == k) return (V) values[i];
        return absent;
    }

    private static long key(CharSequence text, int at) {
        return (long) text.charAt(at) << 32 | (long) text.charAt(at + 1) << 16 | text.charAt(at + 2);
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
