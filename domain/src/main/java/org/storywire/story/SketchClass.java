package org.storywire.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name of the class of articles with one sketch, under which {@link CopyGroups} keeps them. Articles
 * with the same sketch are copies of the same articles, so wire copies of one text are one node of
 * the copy graph however many there are, and a new copy reads and writes entries of a fixed size.
 * That holds only if they are copies of each other too ({@link #selfCopy}): a sketch too small for
 * that names a class of one article (its id is hashed in), as every article was a node before.
 * Names are 128-bit hashes in 32 hex digits: a fixed length, so that a key can follow one; two
 * sketches get one name with a chance of about 2^-128 per pair.
 */
final class SketchClass {

    private SketchClass() {}

    static String of(String articleId, List<Long> sketch) {
        long a = 0x243F6A8885A308D3L;
        long b = 0x13198A2E03707344L;
        for (long hash : sketch) {
            a = mix(a ^ hash);
            b = mix(b + hash * 0x9E3779B97F4A7C15L);
        }
        if (!selfCopy(sketch)) {
            for (int i = 0; i < articleId.length(); i++) {
                a = mix(a ^ articleId.charAt(i));
                b = mix(b + articleId.charAt(i) * 0x9E3779B97F4A7C15L);
            }
            b = mix(b ^ articleId.length()); // "x" + sketch and "" + another sketch must not meet
        }
        return hex(mix(a ^ sketch.size())) + hex(b);
    }

    /** Two articles with this sketch are copies of each other, counted as {@link Sources#of} counts shared hashes. */
    static boolean selfCopy(List<Long> sketch) {
        Map<String, Integer> occurrences = new HashMap<>();
        for (long hash : sketch) occurrences.merge(CopyIndex.hashKey(hash), 1, Integer::sum);
        int shared = 0;
        for (int n : occurrences.values()) shared += n * n;
        return ArticleLedger.isCopy(shared, sketch.size());
    }

    /** SplitMix64's finaliser: every input bit moves about half of the output bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String hex(long v) {
        String digits = Long.toHexString(v);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
