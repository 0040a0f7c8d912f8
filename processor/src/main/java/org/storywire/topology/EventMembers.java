package org.storywire.topology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The latest articles of one event with the stories each of them fed, at most {@link #MAX}: enough to
 * list an event's stories and to move its articles' mapping when the event is merged. Each member is
 * stored under its own key in the {@code event-members} store, {@code event id NUL sequence} (16 hex
 * digits, rising as members join, so oldest first), so that an article writes one member whatever
 * its event's size; the event's {@link Head} (in {@code event-member-heads}) keeps the count.
 */
public final class EventMembers {
    public static final int MAX = 500;
    private static final char SEPARATOR = '\u0000';

    private EventMembers() {}

    public record Member(String articleId, List<String> storyIds) {
        public Member {
            storyIds = List.copyOf(storyIds);
        }
    }

    /**
     * An event's members at a glance: none of its members has a sequence below {@code oldest}, the next
     * to join takes {@code next}, and {@code count} of them are stored.
     */
    public record Head(long oldest, long next, int count) {
        static final Head EMPTY = new Head(0, 0, 0);
    }

    static String key(String eventId, long sequence) {
        return prefix(eventId) + String.format("%016x", sequence);
    }

    /** The event of a member key (an {@code article-events} value). */
    public static String eventOf(String memberKey) {
        return memberKey.substring(0, memberKey.lastIndexOf(SEPARATOR));
    }

    static long sequenceOf(String memberKey) {
        return Long.parseUnsignedLong(memberKey.substring(memberKey.lastIndexOf(SEPARATOR) + 1), 16);
    }

    static String prefix(String eventId) {
        return eventId + SEPARATOR;
    }

    /** The event's members, oldest first, with their keys: one prefix scan. */
    static List<KeyValue<String, Member>> entries(ReadOnlyKeyValueStore<String, Member> store, String eventId) {
        List<KeyValue<String, Member>> found = new ArrayList<>();
        try (KeyValueIterator<String, Member> it = store.prefixScan(prefix(eventId), new StringSerializer())) {
            it.forEachRemaining(found::add);
        }
        return found;
    }

    /** The event's members, oldest first. */
    public static List<Member> of(ReadOnlyKeyValueStore<String, Member> store, String eventId) {
        return entries(store, eventId).stream().map(kv -> kv.value).toList();
    }

    /** Story ids of the members, newest article first, each once. */
    public static List<String> storyIds(List<Member> members) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (int i = members.size() - 1; i >= 0; i--) ids.addAll(members.get(i).storyIds());
        return List.copyOf(ids);
    }
}
