package org.storywire.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Independent sources of a story: articles that are copies of one text (syndicated wire copy, an
 * updated version) form one group; each group counts once. Groups are connected components of the
 * copy relation, which do not depend on the order articles arrived in.
 */
record Sources(Map<String, Integer> outlets, int independent) {

    static Sources of(List<ArticleLedger> articles) {
        int n = articles.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        // Only articles that share sketch hashes can be copies: count shared hashes through an inverted
        // index instead of comparing every pair, so a story with thousands of independent reports stays cheap.
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Long h : articles.get(i).sketch()) postings.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (Long h : articles.get(i).sketch()) {
                for (int j : postings.get(h)) if (j > i) shared.merge(j, 1, Integer::sum);
            }
            int mine = articles.get(i).sketch().size();
            for (var e : shared.entrySet()) {
                int smaller = Math.min(mine, articles.get(e.getKey()).sketch().size());
                if (ArticleLedger.isCopy(e.getValue(), smaller)) parent[find(parent, e.getKey())] = find(parent, i);
            }
        }
        Map<Integer, TreeSet<String>> outletsByGroup = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String outlet = articles.get(i).outlet() != null ? articles.get(i).outlet() : articles.get(i).articleId();
            outletsByGroup.computeIfAbsent(find(parent, i), k -> new TreeSet<>()).add(outlet);
        }
        Map<String, Integer> outlets = new TreeMap<>();
        for (TreeSet<String> group : outletsByGroup.values()) for (String outlet : group) outlets.merge(outlet, 1, Integer::sum);
        return new Sources(outlets, outletsByGroup.size());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
}
