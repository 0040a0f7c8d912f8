package org.storywire.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What event grouping knows about one article: its folded named entities and its salient stemmed
 * terms, each with a weight (title and lead count more than the body), and its publication time.
 * The maps are sorted by key so that every computation over them runs in one order. Small (tens of
 * features) and plain, so it can travel through a topic as JSON.
 *
 * @param published the publication time, or null when unknown (the index then uses its own clock)
 * @param entities folded name (lower case, no diacritics, genitive folded; "kim jong un" and its parts) to weight
 * @param terms language-specific stem to weight (stop words and page furniture left out)
 */
public record ArticleSignature(
        String articleId,
        String outlet,
        String language,
        String title,
        Instant published,
        SortedMap<String, Double> entities,
        SortedMap<String, Double> terms) {

    public ArticleSignature {
        entities = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(entities));
        terms = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(terms));
    }

    /** The entities by descending weight, for display. */
    public List<String> topEntities(int n) {
        return top(entities, n);
    }

    public List<String> topTerms(int n) {
        return top(terms, n);
    }

    static List<String> top(Map<String, Double> weights, int n) {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
