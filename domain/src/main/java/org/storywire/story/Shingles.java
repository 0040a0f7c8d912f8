package org.storywire.story;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

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
        TreeSet<Long> hashes = new TreeSet<>();
        for (int i = 0; i + WIDTH <= tokens.size(); i++) hashes.add(fnv1a(String.join(" ", tokens.subList(i, i + WIDTH))));
        return List.copyOf(hashes);
    }

    /** FNV-1a: stable across JVMs and runs, unlike String.hashCode mixing or seeded hashes. */
    private static long fnv1a(String s) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
