package org.storywire.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Maximum one-to-one matching between left items (gold) and right items (predictions) by
 * augmenting paths (Kuhn). The evaluations take "the matching that pairs the most"; sizes are a
 * few hundred per article, so the simple algorithm is plenty.
 */
public final class BipartiteMatching {
    private BipartiteMatching() {}

    /**
     * @param edges   edges.get(l) lists the right items left item l may pair with, best first
     * @param rights  number of right items
     * @param blocked right items already used elsewhere (may be null)
     * @return for each left item the right item it is paired with, or -1
     */
    public static int[] match(List<List<Integer>> edges, int rights, boolean[] blocked) {
        int[] rightOwner = new int[rights];
        Arrays.fill(rightOwner, -1);
        int[] leftMatch = new int[edges.size()];
        Arrays.fill(leftMatch, -1);
        for (int l = 0; l < edges.size(); l++) {
            augment(l, edges, rightOwner, leftMatch, new boolean[rights], blocked);
        }
        return leftMatch;
    }

    private static boolean augment(int l, List<List<Integer>> edges, int[] rightOwner, int[] leftMatch, boolean[] seen, boolean[] blocked) {
        for (int r : edges.get(l)) {
            if (seen[r] || (blocked != null && blocked[r])) continue;
            seen[r] = true;
            if (rightOwner[r] < 0 || augment(rightOwner[r], edges, rightOwner, leftMatch, seen, blocked)) {
                rightOwner[r] = l;
                leftMatch[l] = r;
                return true;
            }
        }
        return false;
    }
}
