package org.storywire.story;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word 3-gram hashes of a statement's sentence: the basis of near-duplicate detection. Computed once,
 * from the words the grouper read the sentence as ({@link Features#sentenceWords}), and carried with
 * the statement ({@link StoryStatement#shingles}), so the fold never tokenises.
 */
final class Shingles {

    static final int MIN_SHARED = 4;
    private static final int WIDTH = 3;

    private Shingles() {}

    /** The sorted, distinct hashes of every three consecutive words ({@link TextAnalysis#tokens}: normalised). */
    static List<Long> of(List<String> tokens) {
        int count = tokens.size() - WIDTH + 1;
        if (count <= 0) return List.of();
        // Each word encoded once, each 3-gram hashed as the bytes of its words joined by a space: no joined string per 3-gram.
        byte[][] words = new byte[tokens.size()][];
        for (int i = 0; i < words.length; i++) words[i] = tokens.get(i).getBytes(StandardCharsets.UTF_8);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long hash = FNV_OFFSET;
            for (int k = 0; k < WIDTH; k++) {
                if (k > 0) hash = fnv1a(hash, (byte) ' ');
                for (byte b : words[i + k]) hash = fnv1a(hash, b);
            }
            hashes[i] = hash;
        }
        Arrays.sort(hashes);
        List<Long> distinct = new ArrayList<>(count);
        for (int i = 0; i < count; i++) if (i == 0 || hashes[i] != hashes[i - 1]) distinct.add(hashes[i]);
        return List.copyOf(distinct);
    }

    /** FNV-1a: stable across JVMs and runs, unlike String.hashCode mixing or seeded hashes. */
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    private static long fnv1a(long hash, byte b) {
        return (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
}
