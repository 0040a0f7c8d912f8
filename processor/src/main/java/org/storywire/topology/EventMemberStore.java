package org.storywire.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.storywire.topology.EventMembers.Head;
import org.storywire.topology.EventMembers.Member;

/**
 * assign-event's writes to the events' members ({@link EventMembers}): an article joining, renewed or
 * retracted writes its own member, its event's head and its {@code article-events} entry (the key of
 * its member), whatever its event's size; a merge moves the merged event's members, an expiry drops them.
 * The heads have no changelog: {@link #deriveHeads} reads them off the members at every start.
 */
final class EventMemberStore {
    private final KeyValueStore<String, Member> members;
    private final KeyValueStore<String, Head> heads;
    private final KeyValueStore<String, String> articleEvents;

    EventMemberStore(KeyValueStore<String, Member> members, KeyValueStore<String, Head> heads, KeyValueStore<String, String> articleEvents) {
        this.members = members;
        this.heads = heads;
        this.articleEvents = articleEvents;
    }

    /**
     * Empties {@code event-member-heads} and derives a head for every active event from its members, as of
     * the last commit (the members' changelog restores them so; the heads store, without one, may hold
     * writes past it). A head's count is its members; its oldest and next sequences may come out below
     * the written ones (the oldest members were retracted, or the newest), which changes member keys yet
     * to be written but no order among members: the limit still drops the oldest, a new member is the newest.
     */
    void deriveHeads(List<String> activeEvents) {
        DerivedStores.clear(heads);
        Map<String, Head> derived = new LinkedHashMap<>();
        for (String eventId : activeEvents) derived.put(eventId, Head.EMPTY);
        try (KeyValueIterator<String, Member> it = members.all()) {
            while (it.hasNext()) {
                String key = it.next().key;
                long sequence = EventMembers.sequenceOf(key);
                derived.computeIfPresent(EventMembers.eventOf(key), (id, h) -> h.count() == 0
                        ? new Head(sequence, sequence + 1, 1) : new Head(h.oldest(), sequence + 1, h.count() + 1));
            }
        }
        List<KeyValue<String, Head>> writes = new ArrayList<>(derived.size());
        derived.forEach((id, head) -> writes.add(KeyValue.pair(id, head)));
        if (!writes.isEmpty()) heads.putAll(writes); // one write batch, not a write per event
    }

    /**
     * A new version of an article that joined an event (false: none yet): its member, with these
     * stories, becomes the event's newest.
     */
    boolean renewed(String articleId, List<String> storyIds) {
        String key = articleEvents.get(articleId);
        if (key == null) return false;
        String eventId = EventMembers.eventOf(key);
        Head head = heads.get(eventId);
        if (head == null) return true; // its event aged out
        if (removed(key, articleId)) head = new Head(head.oldest(), head.next(), head.count() - 1);
        heads.put(eventId, trimmed(eventId, append(eventId, head, new Member(articleId, storyIds))));
        return true;
    }

    /** The article joins the event, after the members of the events merged into it, oldest first. */
    void join(String eventId, List<String> mergedFrom, String articleId, List<String> storyIds) {
        Head head = heads.get(eventId);
        if (head == null) head = Head.EMPTY;
        for (String old : mergedFrom) {
            heads.delete(old);
            for (KeyValue<String, Member> moved : EventMembers.entries(members, old)) {
                members.delete(moved.key);
                head = append(eventId, head, moved.value);
            }
        }
        heads.put(eventId, trimmed(eventId, append(eventId, head, new Member(articleId, storyIds))));
    }

    /** An event that aged out: its members go, its articles' mapping stays (as its last state says). */
    void drop(String eventId) {
        if (heads.delete(eventId) == null) return;
        for (KeyValue<String, Member> m : EventMembers.entries(members, eventId)) members.put(m.key, null); // not delete: it reads each one again
    }

    /** A retracted article leaves its event's members and the mapping. */
    void retract(String articleId) {
        String key = articleEvents.delete(articleId);
        if (key == null) return;
        String eventId = EventMembers.eventOf(key);
        Head head = heads.get(eventId);
        if (head != null && removed(key, articleId)) heads.put(eventId, new Head(head.oldest(), head.next(), head.count() - 1));
    }

    /**
     * Removes the article's member under this key, if it is still there: a member past the limit was
     * dropped, and an aged-out event's id may have been founded again, its keys then holding other articles.
     */
    private boolean removed(String key, String articleId) {
        Member m = members.get(key);
        if (m == null || !m.articleId().equals(articleId)) return false;
        members.delete(key);
        return true;
    }

    private Head append(String eventId, Head head, Member m) {
        String key = EventMembers.key(eventId, head.next());
        members.put(key, m);
        articleEvents.put(m.articleId(), key);
        return new Head(head.oldest(), head.next() + 1, head.count() + 1);
    }

    /** Drops the oldest members past {@link EventMembers#MAX}; the head's oldest sequence makes each a seek, not a scan. */
    private Head trimmed(String eventId, Head head) {
        while (head.count() > EventMembers.MAX) {
            String oldest;
            try (KeyValueIterator<String, Member> it = members.range(EventMembers.key(eventId, head.oldest()), EventMembers.key(eventId, head.next()))) {
                oldest = it.next().key;
            }
            members.delete(oldest);
            head = new Head(EventMembers.sequenceOf(oldest) + 1, head.next(), head.count() - 1);
        }
        return head;
    }
}
