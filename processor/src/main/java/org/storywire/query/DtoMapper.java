package org.storywire.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storywire.story.Position;
import org.storywire.story.StoryState;
import org.storywire.story.TimelineEntry;
import org.storywire.avro.StoryUpdate;

/** Avro -> DTO. */
public final class DtoMapper {
    private DtoMapper() {}

    public static Dtos.Story story(StoryState s, java.time.Instant asOf) {
        Map<String, Integer> outlets = new TreeMap<>(s.outlets());
        return new Dtos.Story(s.storyId(), title(s), s.status().name(), s.event(), List.copyOf(s.actors()),
                s.positions().stream().map(DtoMapper::position).toList(),
                s.timeline().stream().map(DtoMapper::timelineEntry).toList(),
                s.timelineDropped(), s.statementCount(), outlets, s.independentSources(),
                s.firstSeen(), s.lastUpdated(), s.version(), asOf);
    }

    public static Dtos.StorySummary summary(StoryState s) {
        var timeline = s.timeline();
        return new Dtos.StorySummary(s.storyId(), title(s), s.status().name(), List.copyOf(s.actors()),
                s.independentSources(), s.lastUpdated(),
                timeline.isEmpty() ? null : timelineEntry(timeline.get(timeline.size() - 1)));
    }

    private static String title(StoryState s) {
        return s.title() == null ? s.storyId() : s.title();
    }

    public static Dtos.Position position(Position p) {
        return new Dtos.Position(p.party(), p.stance().name(), p.standing().name(), p.speaker(), p.articleId(), p.at());
    }

    public static Dtos.TimelineEntry timelineEntry(TimelineEntry e) {
        var ev = e.evidence();
        return new Dtos.TimelineEntry(e.at(), e.speaker(), e.party(), e.stance().name(), e.standing().name(), e.outlet(), e.url(),
                new Dtos.Evidence(ev.articleId(), ev.sentence(), ev.sentenceBegin(), ev.sentenceEnd(), ev.contentBegin(), ev.contentEnd()));
    }

    public static Dtos.TimelineEntry timelineEntry(org.storywire.avro.TimelineEntry e) {
        return new Dtos.TimelineEntry(e.getAt(), e.getSpeaker(), e.getParty(), e.getStance().name(), e.getStanding().name(),
                e.getOutlet(), e.getUrl(), evidence(e.getEvidence()));
    }

    public static Dtos.Evidence evidence(org.storywire.avro.Evidence e) {
        return new Dtos.Evidence(e.getArticleId(), e.getSentence(), e.getSentenceBegin(), e.getSentenceEnd(), e.getContentBegin(), e.getContentEnd());
    }

    public static Dtos.Statement statement(org.storywire.avro.Statement s) {
        var speaker = s.getSpeaker();
        var proposition = s.getProposition();
        return new Dtos.Statement(s.getStoryId(), s.getArticleId(), s.getOrdinal(),
                speaker == null ? s.getOutlet() : speaker.getCanonical(), speaker == null ? null : speaker.getMention(),
                speaker == null ? null : speaker.getAffiliation(), s.getStance().name(), s.getAttribution().name(),
                s.getStanding().name(), s.getCue(),
                proposition == null ? List.of() : List.copyOf(proposition.getActors()),
                proposition == null ? null : proposition.getEvent(), s.getMadeAt(), s.getConfidence(),
                evidence(s.getEvidence()));
    }

    public static Dtos.Update update(StoryUpdate u) {
        return new Dtos.Update(u.getStoryId(), u.getVersion(), u.getTitle(), u.getStatus().name(),
                u.getPreviousStatus() == null ? null : u.getPreviousStatus().name(), List.copyOf(u.getChanges()),
                u.getCause() == null ? null : timelineEntry(u.getCause()), u.getAt());
    }
}
