package org.storywire.event;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * One event as stored (key: {@link #id()}): everything the index needs to rebuild itself, plain
 * and Jackson-serialisable. The entity and term maps are the event's centroid: the sum of its
 * articles' L2-normalised feature vectors, the heaviest {@code maxEntities}/{@code maxTerms} kept.
 *
 * @param label a readable label: the title of the article that matched the event best (at first the founder's)
 * @param labelScore the similarity with which the label's article joined (0 for the founder)
 * @param outlets outlets that reported it, sorted, bounded
 * @param languages languages of its articles, sorted
 * @param mergedFrom ids of events merged into this one (bounded)
 */
public record EventSummary(
        String id,
        String label,
        double labelScore,
        Instant firstSeen,
        Instant lastSeen,
        int articleCount,
        List<String> outlets,
        List<String> languages,
        SortedMap<String, Double> entities,
        SortedMap<String, Double> terms,
        List<String> mergedFrom) {

    /** The heaviest entities, for display. */
    public List<String> topEntities(int n) {
        return ArticleSignature.top(entities, n);
    }

    public List<String> topTerms(int n) {
        return ArticleSignature.top(terms, n);
    }
}
