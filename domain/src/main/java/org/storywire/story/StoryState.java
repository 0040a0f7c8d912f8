package org.storywire.story;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The materialised view of one story (mirrors the Avro {@code StoryState}), plus {@code articles}:
 * the exact per-article summary that lets the fold take an article back out and keeps positions and
 * counts exact while the timeline is bounded. The compacted {@code stories} topic can drop
 * {@code articles}; the fold's state store must keep it.
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
        List<ArticleLedger> articles) {

    public StoryState {
        actors = List.copyOf(actors);
        positions = List.copyOf(positions);
        timeline = List.copyOf(timeline);
        // Sorted: Map.copyOf's iteration order is salted per JVM, and the order reaches the serialised state.
        outlets = Collections.unmodifiableMap(new TreeMap<>(outlets));
        articles = List.copyOf(articles);
    }

    public boolean isEmpty() { return statementCount == 0; }

    public Optional<Position> positionOf(String party) {
        return positions.stream().filter(p -> p.party().equals(party)).findFirst();
    }
}
