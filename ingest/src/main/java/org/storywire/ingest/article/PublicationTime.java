package org.storywire.ingest.article;

import java.time.Instant;
import java.util.Objects;
import org.storywire.avro.TimePrecision;

/**
 * When an article was published, and how precisely that is known: {@code 2024-11} is the instant
 * 2024-11-01T00:00Z with precision MONTH, not 1 November.
 */
public record PublicationTime(Instant instant, TimePrecision precision) {
    public PublicationTime {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(precision, "precision");
    }

    /** Whether this says more than {@code other} (a finer precision). */
    public boolean finerThan(PublicationTime other) {
        return other == null || precision.ordinal() > other.precision.ordinal();
    }
}
