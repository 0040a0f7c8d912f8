package org.storywire.query;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.storywire.story.Position;
import org.storywire.story.StoryState;
import org.storywire.story.StoryStatement;
import org.storywire.story.TimelineEntry;
import org.storywire.avro.EventState;
import org.storywire.avro.StoryUpdate;

/** Story model and Avro -> DTO. */
public final class DtoMapper {
    private DtoMapper() {}

    /** How precise a statement's time is (a TimePrecision name); null where unknown. */
    @FunctionalInterface
    public interface Precisions {
        String of(String articleId, int ordinal);
    }

    /** The precisions of the statements given (a story family's, from the topology's statement store). */
    public static Precisions precisions(Collection<StoryStatement> statements) {
        Map<String, String> byStatement = new HashMap<>();
        for (StoryStatement stored : statements) {
            var statement = stored.statement();
            if (statement.madeAtPrecision() != null) {
                byStatement.put(statementKey(statement.articleId(), statement.ordinal()), statement.madeAtPrecision().name());
            }
        }
        return (articleId, ordinal) -> byStatement.get(statementKey(articleId, ordinal));
    }

    private static String statementKey(String articleId, int ordinal) {
        return articleId + '\u0000' + ordinal;
    }

    public static Dtos.Story story(StoryState s, Instant asOf, Precisions precisions) {
        List<Dtos.TimelineEntry> timeline = distinctEvidence(s.timeline()).stream()
                .map(e -> timelineEntry(e, precisions.of(e.evidence().articleId(), e.ordinal()))).toList();
        return new Dtos.Story(s.storyId(), title(s), s.status().name(), s.event(), List.copyOf(s.actors()),
                s.positions().stream().map(p -> position(p, precisions.of(p.articleId(), p.ordinal()))).toList(),
                timeline, s.timelineDropped(), s.statementCount(), outletNames(s), s.outletCount() - s.outlets().size(), s.independentSources(),
                s.firstSeen(), precisionAt(s.firstSeen(), timeline), s.lastUpdated(), precisionAt(s.lastUpdated(), timeline),
                s.version(), asOf, null);
    }

    public static Dtos.Story withEvent(Dtos.Story s, String eventId) {
        return new Dtos.Story(s.id(), s.title(), s.status(), s.event(), s.actors(), s.positions(), s.timeline(), s.timelineDropped(),
                s.statementCount(), s.outlets(), s.outletsNotListed(), s.independentSources(), s.firstSeen(), s.firstSeenPrecision(), s.lastUpdated(),
                s.lastUpdatedPrecision(), s.version(), s.asOf(), eventId);
    }

    /**
     * An event as listed, with {@code stories} (looked up, or empty when unknown) shown of {@code storyCount};
     * the statements of the found stories tell how precise the event's times are.
     */
    public static Dtos.Event event(org.storywire.event.EventSummary e, int storyCount, Map<String, Optional<Dtos.Story>> stories) {
        List<Dtos.TimelineEntry> statements = statementsOf(stories.values());
        return new Dtos.Event(e.id(), e.label(), dated(e.firstSeen()), precisionAt(dated(e.firstSeen()), statements),
                dated(e.lastSeen()), precisionAt(dated(e.lastSeen()), statements), e.articleCount(), List.copyOf(e.outlets()),
                List.copyOf(e.languages()), e.topEntities(10), e.mergedFrom() == null ? List.of() : List.copyOf(e.mergedFrom()),
                storyCount, eventStories(stories));
    }

    public static Dtos.EventDetail eventDetail(org.storywire.event.EventSummary e, List<String> articleIds,
                                               Map<String, Optional<Dtos.Story>> stories) {
        Dtos.Event d = event(e, stories.size(), stories);
        return new Dtos.EventDetail(d.id(), d.label(), d.firstSeen(), d.firstSeenPrecision(), d.lastSeen(), d.lastSeenPrecision(),
                d.articleCount(), d.outlets(), d.languages(), d.entities(), d.mergedFrom(), List.copyOf(articleIds), d.stories());
    }

    /** The event index dates an event none of whose articles gave a date at the epoch: to a reader, no date. */
    private static Instant dated(Instant t) {
        return t == null || t.equals(Instant.EPOCH) ? null : t;
    }

    private static List<Dtos.TimelineEntry> statementsOf(Collection<Optional<Dtos.Story>> stories) {
        return stories.stream().flatMap(Optional::stream).flatMap(s -> s.timeline().stream()).toList();
    }

    private static List<Dtos.EventStory> eventStories(Map<String, Optional<Dtos.Story>> stories) {
        return stories.entrySet().stream().map(kv -> kv.getValue()
                .map(st -> new Dtos.EventStory(st.id(), st.title(), st.status()))
                .orElse(new Dtos.EventStory(kv.getKey(), null, null))).toList();
    }

    /** The article a story began with: its earliest, by first statement time (unknown times last), then id. */
    public static String earliestArticle(StoryState s) {
        return s.firstArticle();
    }

    public static Dtos.StorySummary summary(StoryState s) {
        var timeline = s.timeline();
        return new Dtos.StorySummary(s.storyId(), title(s), s.status().name(), List.copyOf(s.actors()),
                s.independentSources(), s.lastUpdated(),
                timeline.isEmpty() ? null : timelineEntry(timeline.get(timeline.size() - 1), null));
    }

    private static String title(StoryState s) {
        return s.title() == null ? s.storyId() : s.title();
    }

    /**
     * A sentence repeated in one article (a caption, a teaser of the same text) yields one statement
     * per copy; readers see it once. Positions and counts are the fold's and stay as they are.
     */
    static List<TimelineEntry> distinctEvidence(List<TimelineEntry> timeline) {
        Set<List<Object>> seen = new HashSet<>();
        return timeline.stream().filter(e -> seen.add(List.of(e.evidence().articleId(), e.evidence().sentence().strip(),
                e.stance(), Objects.toString(e.speaker()), Objects.toString(e.party())))).toList();
    }

    /** The time's precision: the finest of the statements at that very instant (a story's times are statements' times). */
    private static String precisionAt(Instant time, List<Dtos.TimelineEntry> timeline) {
        if (time == null) return null;
        String best = null;
        for (Dtos.TimelineEntry e : timeline) {
            if (!time.equals(e.at()) || e.atPrecision() == null) continue;
            if (best == null || rank(e.atPrecision()) > rank(best)) best = e.atPrecision();
        }
        return best;
    }

    private static int rank(String precision) {
        return List.of("UNKNOWN", "YEAR", "MONTH", "DAY", "MINUTE", "SECOND").indexOf(precision);
    }

    /**
     * Outlets by readable name: the fold names an article without an outlet by its id (a file name,
     * to a reader), so such a name becomes the host of the article's URL, or "unnamed outlet".
     */
    static Map<String, Integer> outletNames(StoryState s) {
        Map<String, Integer> named = new TreeMap<>();
        s.outlets().forEach((name, count) -> {
            String readable = name;
            if (s.unnamedOutlets().containsKey(name)) {
                String host = hostOf(s.unnamedOutlets().get(name));
                readable = host == null ? "unnamed outlet" : host;
            }
            named.merge(readable, count, Integer::sum);
        });
        return named;
    }

    static String hostOf(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String outletOf(String outlet, String url) {
        return outlet != null && !outlet.isBlank() ? outlet : hostOf(url);
    }

    public static Dtos.Position position(Position p, String precision) {
        return new Dtos.Position(p.party(), p.stance().name(), p.standing().name(), p.speaker(), p.articleId(), p.at(), precision);
    }

    public static Dtos.TimelineEntry timelineEntry(TimelineEntry e, String precision) {
        return new Dtos.TimelineEntry(e.at(), precision, e.speaker(), e.party(), e.stance().name(), e.standing().name(),
                outletOf(e.outlet(), e.url()), e.url(), evidence(e.evidence()));
    }

    public static Dtos.TimelineEntry timelineEntry(org.storywire.avro.TimelineEntry e) {
        return new Dtos.TimelineEntry(e.getAt(), null, e.getSpeaker(), e.getParty(), e.getStance().name(), e.getStanding().name(),
                outletOf(e.getOutlet(), e.getUrl()), e.getUrl(), evidence(e.getEvidence()));
    }

    private static Dtos.Evidence evidence(org.storywire.story.Evidence ev) {
        return new Dtos.Evidence(ev.articleId(), ev.sentence(), ev.sentenceBegin(), ev.sentenceEnd(), ev.contentBegin(), ev.contentEnd());
    }

    public static Dtos.Evidence evidence(org.storywire.avro.Evidence e) {
        return new Dtos.Evidence(e.getArticleId(), e.getSentence(), e.getSentenceBegin(), e.getSentenceEnd(), e.getContentBegin(), e.getContentEnd());
    }

    /** A statement of an article as the fold received it (the article-statements store). */
    public static Dtos.Statement statement(StoryStatement stored) {
        var s = stored.statement();
        var speaker = s.speaker();
        var proposition = s.proposition();
        Dtos.Evidence evidence = evidence(stored.timelineEntry().evidence());
        return new Dtos.Statement(stored.storyId(), s.articleId(), s.ordinal(),
                speaker == null ? stored.article().outlet() : speaker.canonical(), speaker == null ? null : speaker.mention(),
                speaker == null ? null : speaker.affiliation(), s.stance().name(), s.attribution().name(),
                stored.standing().name(), s.cue(),
                proposition == null ? List.of() : List.copyOf(proposition.actors()),
                proposition == null ? null : proposition.event(), s.madeAt(), s.confidence(), evidence,
                via(s.relayedBy()), s.quoted().stream().map(q -> wordsOf(q, evidence)).filter(Objects::nonNull).toList(),
                s.question() == null ? null : wordsOf(s.question(), evidence));
    }

    /**
     * The words of a span of the clean text, cut from the evidence sentence that holds it, without the quotation marks
     * around them; null when the span lies outside the sentence.
     */
    private static String wordsOf(org.storywire.extract.Span span, Dtos.Evidence evidence) {
        int from = span.begin() - evidence.sentenceBegin();
        int to = span.end() - evidence.sentenceBegin();
        if (from < 0 || to > evidence.sentence().length() || from >= to) return null;
        String sentence = evidence.sentence();
        while (from < to && isQuotationMark(sentence.charAt(from))) from++;
        while (to > from && isQuotationMark(sentence.charAt(to - 1))) to--;
        return from < to ? sentence.substring(from, to) : null;
    }

    /** „“ ” ‚ ‘ ’ « » ‹ › " ': initial, final, opening and closing quotation punctuation. */
    private static boolean isQuotationMark(char c) {
        int type = Character.getType(c);
        return c == '"' || c == '\'' || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || c == '„' || c == '‚';
    }

    /** The relaying source as the API names it: its entity, else its mention as written. */
    private static String via(org.storywire.extract.Speaker relay) {
        if (relay == null) return null;
        return relay.canonical() != null ? relay.canonical() : relay.mention();
    }

    public static Dtos.EventUpdate eventUpdate(EventState e) {
        return new Dtos.EventUpdate(e.getEventId(), e.getLabel(), dated(e.getLastSeen()), e.getArticleCount(), e.getMergedInto(), e.getExpired());
    }

    public static Dtos.Update update(StoryUpdate u) {
        return new Dtos.Update(u.getStoryId(), u.getVersion(), u.getTitle(), u.getStatus().name(),
                u.getPreviousStatus() == null ? null : u.getPreviousStatus().name(), List.copyOf(u.getChanges()),
                u.getCause() == null ? null : timelineEntry(u.getCause()), u.getAt());
    }
}
