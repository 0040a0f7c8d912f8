package org.storywire.event;

import java.time.Duration;

/**
 * Parameters of online event grouping.
 *
 * @param threshold an article joins the most similar active event when their similarity is at least this, else opens a new event
 * @param entityWeight share of the named-entity cosine in the similarity (the rest is the term cosine)
 * @param halfLife the similarity halves for every this much time between the article and the event's span
 * @param decayFloor the time decay never goes below this factor (a follow-up weeks later still joins on strong content)
 * @param quietPeriod an event with no article for this long (event time) is dropped
 * @param maxEntities named entities kept per event (heaviest first)
 * @param maxTerms terms kept per event
 * @param maxPostings a feature carried by more active events than this is too common to look up candidates by
 * @param maxCandidates events scored per article at most (those sharing the most features)
 * @param maxOutlets outlets listed per event at most
 */
public record EventSettings(
        double threshold,
        double entityWeight,
        Duration halfLife,
        double decayFloor,
        Duration quietPeriod,
        int maxEntities,
        int maxTerms,
        int maxPostings,
        int maxCandidates,
        int maxOutlets) {

    public static final double DEFAULT_THRESHOLD = 0.15;

    public static EventSettings defaults() {
        return new EventSettings(DEFAULT_THRESHOLD, 0.5, Duration.ofDays(7), 0.5, Duration.ofDays(60), 64, 96, 200, 64, 64);
    }

    public EventSettings withThreshold(double t) {
        return new EventSettings(t, entityWeight, halfLife, decayFloor, quietPeriod, maxEntities, maxTerms, maxPostings, maxCandidates, maxOutlets);
    }

    public EventSettings withEntityWeight(double w) {
        return new EventSettings(threshold, w, halfLife, decayFloor, quietPeriod, maxEntities, maxTerms, maxPostings, maxCandidates, maxOutlets);
    }

    public EventSettings withHalfLife(Duration d) {
        return new EventSettings(threshold, entityWeight, d, decayFloor, quietPeriod, maxEntities, maxTerms, maxPostings, maxCandidates, maxOutlets);
    }

    public EventSettings withDecayFloor(double f) {
        return new EventSettings(threshold, entityWeight, halfLife, f, quietPeriod, maxEntities, maxTerms, maxPostings, maxCandidates, maxOutlets);
    }

    public EventSettings withQuietPeriod(Duration d) {
        return new EventSettings(threshold, entityWeight, halfLife, decayFloor, d, maxEntities, maxTerms, maxPostings, maxCandidates, maxOutlets);
    }
}
