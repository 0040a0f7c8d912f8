package org.storywire.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * The latest articles of one event with the stories each of them fed (value of the
 * {@code event-members} store, key = event id), oldest first, at most {@link #MAX} articles: enough
 * to list an event's stories and to move its articles' mapping when the event is merged.
 */
public record EventMembers(List<Member> members) {
    public static final int MAX = 500;

    public record Member(String articleId, List<String> storyIds) {
        public Member {
            storyIds = List.copyOf(storyIds);
        }
    }

    public EventMembers {
        members = List.copyOf(members);
    }

    public static EventMembers empty() {
        return new EventMembers(List.of());
    }

    /** With these members added at the end (an article already listed moves to the end), cut to {@link #MAX}. */
    public EventMembers plus(List<Member> added) {
        List<Member> all = new ArrayList<>(members.size() + added.size());
        for (Member m : members) {
            if (added.stream().noneMatch(a -> a.articleId().equals(m.articleId()))) all.add(m);
        }
        all.addAll(added);
        return new EventMembers(all.size() <= MAX ? all : all.subList(all.size() - MAX, all.size()));
    }

    public EventMembers without(String articleId) {
        return new EventMembers(members.stream().filter(m -> !m.articleId().equals(articleId)).toList());
    }

    /** Story ids of the members, newest article first, each once. */
    public List<String> storyIds() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (int i = members.size() - 1; i >= 0; i--) ids.addAll(members.get(i).storyIds());
        return List.copyOf(ids);
    }
}
