package org.storywire.story;

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
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (articles.get(i).isCopyOf(articles.get(j))) parent[find(parent, j)] = find(parent, i);
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
