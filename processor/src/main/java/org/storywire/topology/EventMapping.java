package org.storywire.topology;

import java.time.temporal.ChronoUnit;
import org.storywire.avro.EventState;
import org.storywire.event.EventSummary;

/** An event's private summary -> its public record on the {@code events} topic. */
public final class EventMapping {
    static final int ENTITIES_SHOWN = 10;

    private EventMapping() {}

    public static EventState toAvro(EventSummary e, String mergedInto, boolean expired) {
        return EventState.newBuilder()
                .setEventId(e.id())
                .setLabel(e.label() == null ? "" : e.label())
                .setFirstSeen(e.firstSeen() == null ? null : e.firstSeen().truncatedTo(ChronoUnit.MILLIS))
                .setLastSeen(e.lastSeen() == null ? null : e.lastSeen().truncatedTo(ChronoUnit.MILLIS))
                .setArticleCount(e.articleCount())
                .setOutlets(e.outlets())
                .setLanguages(e.languages())
                .setEntities(e.topEntities(ENTITIES_SHOWN))
                .setMergedFrom(e.mergedFrom() == null ? java.util.List.of() : e.mergedFrom())
                .setMergedInto(mergedInto)
                .setExpired(expired)
                .build();
    }
}
