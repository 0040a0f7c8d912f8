package org.storywire.story;

import java.time.Instant;
import org.storywire.extract.Stance;

/** One statement in a story's timeline (mirrors the Avro {@code TimelineEntry}). */
public record TimelineEntry(
        Instant at, String speaker, String party, Stance stance, Standing standing, String outlet, String url, int ordinal, Evidence evidence) {

    public FoldOrder order() { return new FoldOrder(at, evidence.articleId(), ordinal); }
}
