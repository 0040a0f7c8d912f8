package org.storywire.story;

import java.time.Instant;
import org.storywire.extract.Stance;

/**
 * A party's latest position in a story (mirrors the Avro {@code PartyPosition}; {@code ordinal}
 * is kept as well so that two positions at the same time are ordered exactly as the fold orders them).
 */
public record Position(String party, Stance stance, Standing standing, String speaker, String articleId, Instant at, int ordinal) {

    public FoldOrder order() { return new FoldOrder(at, articleId, ordinal); }

    /** The later of two positions in fold order. */
    static Position later(Position a, Position b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.order().compareTo(b.order()) >= 0 ? a : b;
    }
}
