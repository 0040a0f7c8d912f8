package org.storywire.story;

import java.time.Instant;
import java.util.Comparator;

/**
 * The order of the fold (docs/story-model.md, "Fold order"): statement time, then article id, then position in the article.
 * Arrival order never enters, so the same statements give the same state in any order.
 */
public record FoldOrder(Instant at, String articleId, int ordinal) implements Comparable<FoldOrder> {

    private static final Comparator<FoldOrder> ORDER = Comparator
            .comparing(FoldOrder::at, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FoldOrder::articleId)
            .thenComparingInt(FoldOrder::ordinal);

    @Override
    public int compareTo(FoldOrder other) { return ORDER.compare(this, other); }
}
