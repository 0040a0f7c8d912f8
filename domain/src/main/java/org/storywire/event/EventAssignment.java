package org.storywire.event;

import java.util.List;

/**
 * Where one article went.
 *
 * @param eventId the event the article joined or founded
 * @param isNew the article founded the event
 * @param score the similarity to the event it joined (0 for a new event)
 * @param bestOther the most similar other active event before the article was assigned (null if none): for a new event the one it did not reach
 * @param bestOtherScore its similarity
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
        String bestOther,
        double bestOtherScore,
        List<String> mergedFrom,
        List<String> expired,
        EventSummary event) {}
