package org.storywire.story;

import java.time.Instant;
import java.util.Comparator;
import org.storywire.extract.Stance;

/** One statement in a story's timeline (mirrors the Avro {@code TimelineEntry}). */
public record TimelineEntry(
        Instant at, String speaker, String party, Stance stance, Standing standing, String outlet, String url, int ordinal, Evidence evidence) {

    /** Entries by {@link #order()}, without making one: a timeline is ordered at every statement. */
    public static final Comparator<TimelineEntry> FOLD_ORDER = Comparator
            .comparing(TimelineEntry::at, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing((TimelineEntry e) -> e.evidence().articleId())
            .thenComparingInt(TimelineEntry::ordinal);

    public FoldOrder order() { return new FoldOrder(at, evidence.articleId(), ordinal); }
}
