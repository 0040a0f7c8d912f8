package org.storywire.topology;

import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.storywire.avro.EventState;
import org.storywire.event.EventAssignment;
import org.storywire.event.EventIndex;
import org.storywire.event.EventSettings;
import org.storywire.event.EventSummary;

/**
 * Article signature -> the article's event. Runs on the single partition of
 * {@code article-signatures}: grouping is a global decision, so one task sees every article. The
 * {@link EventIndex} keeps its events, postings and expiry order in the stores; {@link #init} (Kafka
 * Streams initialises a processor again after restoring its stores) empties the postings and expiry
 * order, which have no changelog, and the index derives them again from the summaries, its count and
 * clock with them, so a restarted or moved task decides exactly as the old one would have; the
 * members' heads, unlogged too, are derived from the members ({@link EventMemberStore#deriveHeads}). Publishes the event's new state; an event merged into another
 * once more with {@code mergedInto}, an event that aged out with {@code expired}.
 *
 * <p>An article is assigned once: a later version of it keeps its event (its statements change, its
 * news event does not); a retraction (tombstone) removes it from the event's members and mapping,
 * while the event's counts and centroid keep it (the index cannot take an article out) until the
 * event ages out.
 */
final class AssignEventProcessor implements Processor<String, SignedArticle, String, EventState> {
    private final EventSettings settings;
    private ProcessorContext<String, EventState> context;
    private KeyValueEventStore events;
    private EventMemberStore members;
    private EventIndex index;

    AssignEventProcessor(EventSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, EventState> context) {
        this.context = context;
        this.events = new KeyValueEventStore(context.getStateStore(TopologyNames.EVENTS_STORE),
                context.getStateStore(TopologyNames.EVENT_POSTING_LISTS_STORE), context.getStateStore(TopologyNames.EVENT_POSTINGS_STORE),
                context.getStateStore(TopologyNames.EVENT_EXPIRY_STORE), settings.maxPostings());
        this.members = new EventMemberStore(context.getStateStore(TopologyNames.EVENT_MEMBERS_STORE),
                context.getStateStore(TopologyNames.EVENT_MEMBER_HEADS_STORE), context.getStateStore(TopologyNames.ARTICLE_EVENTS_STORE));
        events.clearDerived(); // the index derives postings and expiry order again from the summaries, as of the last commit
        this.index = new EventIndex(settings, events);
        members.deriveHeads(events.activeIds());
    }

    @Override
    public void process(Record<String, SignedArticle> record) {
        String articleId = record.key();
        if (articleId == null) return;
        if (record.value() == null) {
            members.retract(articleId);
            return;
        }
        // A new version of an assigned article keeps its event; its stories may differ.
        if (members.renewed(articleId, record.value().storyIds())) return;
        events.drainRemoved();
        EventAssignment a = index.assign(record.value().signature());
        Map<String, EventSummary> removed = events.drainRemoved();
        members.join(a.eventId(), a.mergedFrom(), articleId, record.value().storyIds());

        for (String expired : a.expired()) {
            members.drop(expired);
            EventSummary last = removed.get(expired);
            if (last != null) context.forward(record.withKey(expired).withValue(EventMapping.toAvro(last, null, true)));
        }
        for (String old : a.mergedFrom()) {
            EventSummary last = removed.get(old);
            if (last != null) context.forward(record.withKey(old).withValue(EventMapping.toAvro(last, a.eventId(), false)));
        }
        context.forward(record.withKey(a.eventId()).withValue(EventMapping.toAvro(a.event(), null, false)));
    }
}
