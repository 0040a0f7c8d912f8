package org.storywire.story;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The materialised view of one story (mirrors the Avro {@code StoryState}). Its size is bounded by
 * the story's parties, actors and timeline limit, not by its articles: the exact per-article
 * summaries the fold needs ({@link ArticleLedger}) live beside it ({@link StoryLedgers}). The
 * timeline is not on the Avro topic (the query API gives it), nor are three fields that serve the
 * fold and the query API: {@code earliest} (the
 * title's statement, kept when the timeline drops it, so that two folds can be merged),
 * {@code firstArticle} (the article the story began with) and {@code unnamedOutlets} (the URL of
 * each listed article that has no outlet and is counted under its id). {@code outlets} lists the first
 * sources by name (at most {@code Sources.LISTED}) and {@code outletCount} counts all of them.
 */
public record StoryState(
        String storyId,
        String title,
        String event,
        List<String> actors,
        StoryStatus status,
        List<Position> positions,
        List<TimelineEntry> timeline,
        long timelineDropped,
        long statementCount,
        Map<String, Integer> outlets,
        int independentSources,
        Instant firstSeen,
        Instant lastUpdated,
        long version,
        TimelineEntry earliest,
        String firstArticle,
        Map<String, String> unnamedOutlets,
        int outletCount) {

    public StoryState {
        actors = List.copyOf(actors);
        positions = List.copyOf(positions);
        timeline = List.copyOf(timeline);
        // Sorted: Map.copyOf's iteration order is salted per JVM, and the order reaches the serialised state.
        outlets = Collections.unmodifiableMap(new TreeMap<>(outlets));
        unnamedOutlets = unnamedOutlets == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(unnamedOutlets));
        // A state stored before the count was kept lists every source it has.
        outletCount = Math.max(outletCount, outlets.size());
    }

    public boolean isEmpty() { return statementCount == 0; }

    /** This state with another version; itself when it has that version. */
    public StoryState withVersion(long newVersion) {
        if (version == newVersion) return this;
        return new StoryState(storyId, title, event, actors, status, positions, timeline, timelineDropped, statementCount, outlets,
                independentSources, firstSeen, lastUpdated, newVersion, earliest, firstArticle, unnamedOutlets, outletCount);
    }

    /** This state with another timeline (the stores keep a story and its timeline apart). */
    public StoryState withTimeline(List<TimelineEntry> newTimeline) {
        return new StoryState(storyId, title, event, actors, status, positions, newTimeline, timelineDropped, statementCount, outlets,
                independentSources, firstSeen, lastUpdated, version, earliest, firstArticle, unnamedOutlets, outletCount);
    }

    public Optional<Position> positionOf(String party) {
        return positions.stream().filter(p -> p.party().equals(party)).findFirst();
    }
}
