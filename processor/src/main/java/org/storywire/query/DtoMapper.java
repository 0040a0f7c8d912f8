package org.storywire.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storywire.avro.PartyPosition;
import org.storywire.avro.StoryState;
import org.storywire.avro.StoryUpdate;

/** Avro -> DTO. */
public final class DtoMapper {
    private DtoMapper() {}

    public static Dtos.Story story(StoryState s, java.time.Instant asOf) {
        Map<String, Integer> outlets = new TreeMap<>(s.getOutlets());
        return new Dtos.Story(s.getStoryId(), s.getTitle(), s.getStatus().name(), s.getEvent(), List.copyOf(s.getActors()),
                s.getPositions().stream().map(DtoMapper::position).toList(),
                s.getTimeline().stream().map(DtoMapper::timelineEntry).toList(),
                s.getTimelineDropped(), s.getStatementCount(), outlets, s.getIndependentSources(),
                s.getFirstSeen(), s.getLastUpdated(), s.getVersion(), asOf);
    }

    public static Dtos.StorySummary summary(StoryState s) {
        var timeline = s.getTimeline();
        return new Dtos.StorySummary(s.getStoryId(), s.getTitle(), s.getStatus().name(), List.copyOf(s.getActors()),
                s.getIndependentSources(), s.getLastUpdated(),
                timeline.isEmpty() ? null : timelineEntry(timeline.get(timeline.size() - 1)));
    }

    public static Dtos.Position position(PartyPosition p) {
        return new Dtos.Position(p.getParty(), p.getStance().name(), p.getStanding().name(), p.getSpeaker(), p.getArticleId(), p.getAt());
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
        return new Dtos.Statement(s.getStoryId(), s.getArticleId(), s.getOrdinal(), speaker.getCanonical(), speaker.getMention(),
                speaker.getAffiliation(), s.getStance().name(), s.getAttribution().name(), s.getStanding().name(), s.getCue(),
                List.copyOf(s.getProposition().getActors()), s.getProposition().getEvent(), s.getMadeAt(), s.getConfidence(),
                evidence(s.getEvidence()));
    }

    public static Dtos.Update update(StoryUpdate u) {
        return new Dtos.Update(u.getStoryId(), u.getVersion(), u.getTitle(), u.getStatus().name(),
                u.getPreviousStatus() == null ? null : u.getPreviousStatus().name(), List.copyOf(u.getChanges()),
                u.getCause() == null ? null : timelineEntry(u.getCause()), u.getAt());
    }
}
