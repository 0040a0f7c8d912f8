package org.storywire.extract;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The one-to-one pairing of expected statements with extracted ones used by the invented measurement sets: a maximum
 * matching over the candidates each expected row allows (in the order given, so right speakers can go first).
 */
final class EvidencePairing {
    private EvidencePairing() {}

    /** The statement paired with each of the expected rows (-1: none). */
    static int[] pairs(int expected, int statements, IntFunction<List<Integer>> candidates) {
        int[] pairOf = new int[expected];
        int[] owner = new int[statements];
        Arrays.fill(pairOf, -1);
        Arrays.fill(owner, -1);
        for (int e = 0; e < expected; e++) augment(e, candidates, pairOf, owner, new boolean[statements]);
        return pairOf;
    }

    private static boolean augment(int e, IntFunction<List<Integer>> candidates, int[] pairOf, int[] owner, boolean[] seen) {
        for (int p : candidates.apply(e)) {
            if (seen[p]) continue;
            seen[p] = true;
            if (owner[p] < 0 || augment(owner[p], candidates, pairOf, owner, seen)) {
                owner[p] = e;
                pairOf[e] = p;
                return true;
            }
        }
        return false;
    }

    /**
     * "sagte, man werde die Lage „in Ruhe prüfen“": the quoted phrase inside a matched statement is a statement of its
     * own for extraction, as the quotation corpora annotate both; it is neither right nor wrong here.
     */
    static boolean nestedInPaired(Statement s, int[] pairOf, List<Statement> statements) {
        for (int p : pairOf) {
            if (p < 0) continue;
            Statement outer = statements.get(p);
            if (outer != s && outer.sentence().equals(s.sentence()) && outer.content().begin() <= s.content().begin()
                    && s.content().end() <= outer.content().end()) return true;
        }
        return false;
    }

    static boolean paired(int[] pairOf, int statement) {
        return Arrays.stream(pairOf).anyMatch(p -> p == statement);
    }
}
