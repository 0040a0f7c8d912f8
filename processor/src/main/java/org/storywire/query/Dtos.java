package org.storywire.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the API returns: plain records, never the Avro classes (their shape may evolve apart). */
public final class Dtos {
    private Dtos() {}

    public record Evidence(String articleId, String sentence, int sentenceBegin, int sentenceEnd, int contentBegin, int contentEnd) {}

    public record Position(String party, String stance, String standing, String speaker, String articleId, Instant at) {}

    public record TimelineEntry(Instant at, String speaker, String party, String stance, String standing,
                                String outlet, String url, Evidence evidence) {}

    public record Story(String id, String title, String status, String event, List<String> actors,
                        List<Position> positions, List<TimelineEntry> timeline, long timelineDropped,
                        long statementCount, Map<String, Integer> outlets, int independentSources,
                        Instant firstSeen, Instant lastUpdated, long version, Instant asOf) {}

    public record StorySummary(String id, String title, String status, List<String> actors,
                               int independentSources, Instant lastUpdated, TimelineEntry lastChange) {}

    public record StoryPage(List<StorySummary> items, String nextCursor) {}

    public record Statement(String storyId, String articleId, int ordinal, String speaker, String speakerMention,
                            String affiliation, String stance, String attribution, String standing, String cue,
                            List<String> actors, String event, Instant madeAt, double confidence, Evidence evidence) {}

    public record Update(String storyId, long version, String title, String status, String previousStatus,
                         List<String> changes, TimelineEntry cause, Instant at) {}

    public record Problem(int status, String message) {}
}
