package org.storywire.clean;

import java.time.Instant;

/**
 * An article after cleaning: boilerplate removed, repairs applied. All statement offsets refer
 * to {@code text}. {@code published} is the producer's time or the one found in the text.
 */
public record CleanArticle(
        String id,
        String outlet,
        String url,
        String title,
        String text,
        String language,
        Instant published,
        TimePrecision precision) {}
