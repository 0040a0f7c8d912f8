package org.storywire.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the API returns: plain records, never the Avro classes (their shape may evolve apart). */
public final class Dtos {
    private Dtos() {}

    public record Evidence(String articleId, String sentence, int sentenceBegin, int sentenceEnd, int contentBegin, int contentEnd) {}

    /**
     * {@code atPrecision} says how much of {@code at} the source gave: SECOND, MINUTE, DAY, MONTH, YEAR,
     * or UNKNOWN; null where the API does not look it up (lists and live updates). A MONTH time is the
     * first instant of that month and means "some time in that month".
     */
    public record Position(String party, String stance, String standing, String speaker, String articleId, Instant at,
                           String atPrecision) {}

    /** {@code outlet} is the outlet's name, else the host of the article's URL, else null: never an article id. */
    public record TimelineEntry(Instant at, String atPrecision, String speaker, String party, String stance, String standing,
                                String outlet, String url, Evidence evidence) {}

    /** {@code outlets}: the first 64 of the story's outlets by name; {@code outletsNotListed}: how many more it has. */
    public record Story(String id, String title, String status, String event, List<String> actors,
                        List<Position> positions, List<TimelineEntry> timeline, long timelineDropped,
                        long statementCount, Map<String, Integer> outlets, int outletsNotListed, int independentSources,
                        Instant firstSeen, String firstSeenPrecision, Instant lastUpdated, String lastUpdatedPrecision,
                        long version, Instant asOf, String eventId) {}

    public record StorySummary(String id, String title, String status, List<String> actors,
                               int independentSources, Instant lastUpdated, TimelineEntry lastChange) {}

    public record StoryPage(List<StorySummary> items, String nextCursor) {}

    /**
     * A news event: the articles of all outlets and languages that report it. {@code firstSeen}/{@code lastSeen}
     * are null when none of its articles gave a date; their precisions are those of a statement of a listed story
     * made at that instant (null when none is). {@code storyCount} is how many stories its latest articles fed;
     * {@code stories} are the first of them, newest article first (those matching a status or actor filter first).
     */
    public record Event(String id, String label, Instant firstSeen, String firstSeenPrecision, Instant lastSeen,
                        String lastSeenPrecision, int articleCount, List<String> outlets, List<String> languages,
                        List<String> entities, List<String> mergedFrom, int storyCount, List<EventStory> stories) {}

    public record EventPage(List<Event> items, String nextCursor) {}

    /** One story of an event (status null when the story is no longer known, e.g. all its statements were retracted). */
    public record EventStory(String id, String title, String status) {}

    /** An event with its stories, those of its latest articles (at most 500 articles). */
    public record EventDetail(String id, String label, Instant firstSeen, String firstSeenPrecision, Instant lastSeen,
                              String lastSeenPrecision, int articleCount, List<String> outlets, List<String> languages,
                              List<String> entities, List<String> mergedFrom, List<String> articleIds, List<EventStory> stories) {}

    public record ArticleEvent(String articleId, String eventId) {}

    /**
     * {@code via}: the source that relays the statement ("according to Tass"), null when the speaker's words come through no
     * one. {@code quoted}: the speaker's own words the statement quotes inside its content, in text order (empty when none);
     * {@code question}: the question it answers ("Asked whether ..., Reed said no"), null when it answers none.
     */
    public record Statement(String storyId, String articleId, int ordinal, String speaker, String speakerMention,
                            String affiliation, String stance, String attribution, String standing, String cue,
                            List<String> actors, String event, Instant madeAt, double confidence, Evidence evidence, String via,
                            List<String> quoted, String question) {}

    public record Update(String storyId, long version, String title, String status, String previousStatus,
                         List<String> changes, TimelineEntry cause, Instant at) {}

    /**
     * An event as it changed: an article joined it, it took in another event ({@code mergedInto} is set on the one
     * taken in) or it aged out ({@code expired}). The event's stories are on {@code /api/events/{id}}.
     */
    public record EventUpdate(String eventId, String label, Instant lastSeen, int articleCount, String mergedInto, boolean expired) {}

    /**
     * Every error answer: the HTTP status, a stable code ({@code bad_request}, {@code unauthorized},
     * {@code not_found}, {@code not_yet}, {@code not_ready}, {@code internal}) and a message; {@code not_yet}
     * carries the story's {@code firstSeen}.
     */
    public record Problem(int status, String error, String message,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Instant firstSeen) {
        public Problem(int status, String message) {
            this(status, codeOf(status), message, null);
        }

        private static String codeOf(int status) {
            return switch (status) {
                case 400 -> "bad_request";
                case 401 -> "unauthorized";
                case 403 -> "forbidden";
                case 429 -> "too_many_requests";
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                case 503 -> "not_ready";
                default -> status >= 500 ? "internal" : "error";
            };
        }
    }
}
