package org.storywire.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.storywire.story.FoldOrder;
import org.storywire.story.StoryState;
import org.storywire.story.TimelineEntry;

/**
 * Each story's timeline in the story-timeline store, one key per entry ({@code story NUL fold order
 * NUL repeat}), and the story without it in story-state: a statement writes the entries it added
 * or dropped, not the story's up to 200 entries, and the story's value does not grow with its
 * timeline. A story's entries are one prefix scan apart. A fold kept in story-folds apart from its
 * story keeps its timeline here as well, under the id {@link #ofFold}.
 */
public final class StoryTimelines {
    private StoryTimelines() {}

    /** The story as story-state holds it: all but its timeline. */
    static StoryState withoutTimeline(StoryState s) {
        return s.withTimeline(List.of());
    }

    /** The story as published: what story-state holds, with its timeline from story-timeline. */
    public static StoryState withTimeline(ReadOnlyKeyValueStore<String, TimelineEntry> store, StoryState s) {
        return withTimeline(store, s.storyId(), s);
    }

    /**
     * The timeline id of a fold stored apart from its published story (story-folds): the fold of story
     * or part {@code part} of family {@code familyId}. No story id holds a control character, so these
     * ids share no prefix with a published story's.
     */
    static String ofFold(String familyId, String part) {
        return "\u0001" + familyId + '\u0000' + part;
    }

    /** {@code s} with the timeline stored under {@code timelineId}. */
    static StoryState withTimeline(ReadOnlyKeyValueStore<String, TimelineEntry> store, String timelineId, StoryState s) {
        List<TimelineEntry> timeline = new ArrayList<>();
        try (KeyValueIterator<String, TimelineEntry> it = store.prefixScan(prefix(timelineId), new StringSerializer())) {
            it.forEachRemaining(kv -> timeline.add(kv.value));
        }
        // The keys sort in fold order but where UTF-8 and Java order article ids differently (beyond U+FFFF): sorted as the fold sorted.
        timeline.sort(TimelineEntry.FOLD_ORDER);
        return s.withTimeline(timeline);
    }

    /**
     * Writes the entries of {@code after} that {@code before} lacks and deletes those it no longer has.
     * The fold keeps the entries it leaves alone as the same objects: a statement finds what changed
     * by identity, and builds keys for those entries alone.
     */
    static void write(KeyValueStore<String, TimelineEntry> store, String storyId, List<TimelineEntry> before, List<TimelineEntry> after) {
        if (before == after) return;
        List<Integer> dropped = missingFrom(before, after);
        List<Integer> added = missingFrom(after, before);
        if (nextToItsOrder(before, dropped) || nextToItsOrder(after, added)) {
            rewrite(store, storyId, before, after); // an entry's key counts the entries of its order before it
            return;
        }
        for (int i : dropped) store.delete(key(storyId, before.get(i).order(), 0));
        for (int i : added) store.put(key(storyId, after.get(i).order(), 0), after.get(i));
    }

    /** The places in {@code timeline} of the entries {@code other} does not hold (as the same objects). */
    private static List<Integer> missingFrom(List<TimelineEntry> timeline, List<TimelineEntry> other) {
        Set<TimelineEntry> held = Collections.newSetFromMap(new IdentityHashMap<>(other.size() * 2));
        held.addAll(other);
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            if (!held.contains(timeline.get(i))) missing.add(i);
        }
        return missing;
    }

    /** Whether one of the entries at {@code places} has a neighbour of the same fold order. */
    private static boolean nextToItsOrder(List<TimelineEntry> timeline, List<Integer> places) {
        for (int i : places) {
            FoldOrder order = timeline.get(i).order();
            if (i > 0 && timeline.get(i - 1).order().equals(order)) return true;
            if (i + 1 < timeline.size() && timeline.get(i + 1).order().equals(order)) return true;
        }
        return false;
    }

    private static void rewrite(KeyValueStore<String, TimelineEntry> store, String storyId, List<TimelineEntry> before, List<TimelineEntry> after) {
        Map<String, TimelineEntry> was = keyed(storyId, before);
        Map<String, TimelineEntry> now = keyed(storyId, after);
        for (String key : was.keySet()) {
            if (!now.containsKey(key)) store.delete(key);
        }
        now.forEach((key, entry) -> {
            if (!Objects.equals(was.get(key), entry)) store.put(key, entry);
        });
    }

    /** The timeline's entries by key; entries of one fold order (none in practice) are told apart by their place among them. */
    private static Map<String, TimelineEntry> keyed(String storyId, List<TimelineEntry> timeline) {
        Map<String, TimelineEntry> keyed = new HashMap<>(timeline.size() * 2);
        FoldOrder previous = null;
        int repeat = 0;
        for (TimelineEntry e : timeline) {
            FoldOrder order = e.order();
            repeat = order.equals(previous) ? repeat + 1 : 0;
            keyed.put(key(storyId, order, repeat), e);
            previous = order;
        }
        return keyed;
    }

    static String key(String storyId, FoldOrder order, int repeat) {
        Instant at = order.at();
        String time = at == null ? "0" // an unknown time first, as the fold orders it
                : "1" + FoldStoryProcessor.zeroPadded(at.getEpochSecond() - Long.MIN_VALUE / 2, 20) + FoldStoryProcessor.zeroPadded(at.getNano(), 9);
        return prefix(storyId) + time + '\u0000' + order.articleId() + '\u0000' + FoldStoryProcessor.zeroPadded(order.ordinal(), 8)
                + '\u0000' + FoldStoryProcessor.zeroPadded(repeat, 4);
    }

    private static String prefix(String storyId) {
        return storyId + '\u0000';
    }
}
