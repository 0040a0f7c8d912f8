package org.storywire.event;

import java.util.List;

/**
 * Where one article went.
 *
 * @param eventId the event the article joined or founded
 * @param isNew the article founded the event
 * @param score the similarity to the event it joined (0 for a new event)
 * @param mergedFrom events merged into {@code eventId} by this article (their ids are gone from the store: old id -> eventId)
 * @param expired events dropped for quietness while this article was assigned
 * @param event the event's summary after the article joined
 */
public record EventAssignment(
        String articleId,
        String eventId,
        String label,
        boolean isNew,
        double score,
        List<String> mergedFrom,
        List<String> expired,
        EventSummary event) {}
