package org.storywire.story;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Independent sources of a story: articles that are copies of one text (syndicated wire copy, an
 * updated version) form one group; each group counts once. Groups are connected components of the
 * copy relation, which do not depend on the order articles arrived in. {@link #of} recounts them
 * over every article of a story (where two parts' ledgers are merged); the fold keeps them up to
 * date article by article with {@link CopyGroups}, which gives the same result.
 *
 * <p>{@code outlets} lists the first {@link #LISTED} sources by name with the number of groups each is
 * in, {@code outletCount} counts them all: a story is stored and published at every statement, so
 * what it carries of its sources must not grow with them (an article without an outlet is a source
 * of its own). The exact count of every source is in the story's copy index ({@link CopyGroups}).
 */
record Sources(Map<String, Integer> outlets, int independent, int outletCount) {

    /** Sources a story lists by name; more than the outlets of any story of the evaluation sets and the bench. */
    static final int LISTED = 64;

    /** Low bits of a packed (hash, article index) pair that hold the index: up to 65,536 articles per story. */
    private static final long INDEX_MASK = 0xFFFFL;

    static Sources of(List<ArticleLedger> articles) {
        int n = articles.size();
        if (n > INDEX_MASK + 1) throw new IllegalStateException("too many articles in one story: " + n);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        // Only articles that share sketch hashes can be copies. Sorting (hash, article) pairs packed into
        // longs finds the shared hashes without comparing every pair of articles or boxing every hash,
        // so a story with thousands of independent reports stays cheap to recount.
        int total = 0;
        for (ArticleLedger a : articles) total += a.sketch().size();
        long[] packed = new long[total];
        int k = 0;
        for (int i = 0; i < n; i++) for (Long h : articles.get(i).sketch()) packed[k++] = hashBits(h) | i;
        Arrays.sort(packed);
        Map<Long, Integer> sharedByPair = new HashMap<>();
        for (int run = 0; run < total; ) {
            int end = run + 1;
            while (end < total && (packed[end] & ~INDEX_MASK) == (packed[run] & ~INDEX_MASK)) end++;
            for (int a = run; a < end; a++) {
                for (int b = a + 1; b < end; b++) {
                    long i = packed[a] & INDEX_MASK;
                    long j = packed[b] & INDEX_MASK;
                    if (i != j) sharedByPair.merge(Math.min(i, j) * n + Math.max(i, j), 1, Integer::sum);
                }
            }
            run = end;
        }
        sharedByPair.forEach((pair, shared) -> {
            int i = (int) (pair / n);
            int j = (int) (pair % n);
            int smaller = Math.min(articles.get(i).sketch().size(), articles.get(j).sketch().size());
            if (ArticleLedger.isCopy(shared, smaller)) parent[find(parent, j)] = find(parent, i);
        });
        Map<Integer, TreeSet<String>> outletsByGroup = new HashMap<>();
        for (int i = 0; i < n; i++) outletsByGroup.computeIfAbsent(find(parent, i), root -> new TreeSet<>()).add(sourceOf(articles.get(i)));
        TreeMap<String, Integer> outlets = new TreeMap<>();
        for (TreeSet<String> group : outletsByGroup.values()) for (String outlet : group) outlets.merge(outlet, 1, Integer::sum);
        int all = outlets.size();
        while (outlets.size() > LISTED) outlets.pollLastEntry();
        return new Sources(outlets, outletsByGroup.size(), all);
    }

    static final Sources NONE = new Sources(Map.of(), 0, 0);

    /** What an article counts under: its outlet, or the article itself when the outlet is unknown. */
    static String sourceOf(ArticleLedger article) {
        return article.outlet() != null ? article.outlet() : article.articleId();
    }

    /** The bits of a sketch hash that are compared: the rest of the packed long holds the article's index. */
    static long hashBits(long hash) {
        return hash & ~INDEX_MASK;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
}
