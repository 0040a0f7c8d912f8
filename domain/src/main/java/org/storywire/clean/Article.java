package org.storywire.clean;

import java.time.Instant;

/**
 * An article as received, before cleaning. {@code published} may be null when the producer
 * did not know it; the cleaner then looks for it in the text.
 */
public record Article(
        String id,
        String outlet,
        String url,
        String title,
        String body,
        String language,
        Instant published,
        TimePrecision precision) {}
