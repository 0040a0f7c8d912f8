package org.storywire.story;

import java.time.Instant;
import java.util.Comparator;
import org.storywire.extract.Stance;

/**
 * A party's latest position in a story (mirrors the Avro {@code PartyPosition}; {@code ordinal}
 * is kept as well so that two positions at the same time are ordered exactly as the fold orders them).
 */
public record Position(String party, Stance stance, Standing standing, String speaker, String articleId, Instant at, int ordinal) {

    public FoldOrder order() { return new FoldOrder(at, articleId, ordinal); }

    /**
     * The later of two positions in fold order, except that within one article at one time a denial
     * holds: "The company denied the report. Its chief executive said work would go on": the claim
     * that follows a party's denial in the same report explains the denial, it does not revoke it.
     * Likewise a party's claim or confirmation holds over its refusal in the same report: "Das Ministerium
     * bestätigte den Bericht ... Es hatte ihn zunächst nicht bestätigen wollen" recalls the refusal, which came first.
     * A total order (time, then article, then a denial over a claim or confirmation over a refusal, then offset), so
     * the result never depends on arrival.
     */
    static Position later(Position a, Position b) {
        if (a == null) return b;
        if (b == null) return a;
        return ORDER.compare(a, b) >= 0 ? a : b;
    }

    /** Within one report at one time: a refusal first, then claims and confirmations, a denial last (see {@link #later}). */
    private static int weight(Stance stance) {
        return switch (stance) {
            case NO_COMMENT -> 0;
            case CLAIM, CONFIRMATION -> 1;
            case DENIAL -> 2;
        };
    }

    private static final Comparator<Position> ORDER = Comparator
            .comparing(Position::at, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Position::articleId)
            .thenComparingInt(p -> weight(p.stance()))
            .thenComparingInt(Position::ordinal);
}
