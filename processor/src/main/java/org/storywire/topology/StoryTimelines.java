package org.storywire.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.storywire.story.StoryState;
import org.storywire.story.TimelineEntry;

/**
 * Each story's timeline in the story-timeline store, the entries of one article at one time under one
 * key ({@code story NUL time NUL article}, a {@link TimelineGroup}), and the story without it in
 * story-state: a statement writes the group of the entry it added or dropped, not the story's up to
 * 200 entries, and the story's value does not grow with its timeline. An article's several statements
 * in a story are one key, rewritten in the record cache and sent once per commit (one key per entry
 * was a changelog record per entry). A story's entries are one prefix scan apart. A fold kept in
 * story-folds apart from its story keeps its timeline here as well, under the id {@link #ofFold}.
 */
public final class StoryTimelines {
    private StoryTimelines() {}

    /** The story as story-state holds it: all but its timeline. */
    static StoryState withoutTimeline(StoryState s) {
        return s.withTimeline(List.of());
    }

    /** The story as published: what story-state holds, with its timeline from story-timeline. */
    public static StoryState withTimeline(ReadOnlyKeyValueStore<String, TimelineGroup> store, StoryState s) {
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
    static StoryState withTimeline(ReadOnlyKeyValueStore<String, TimelineGroup> store, String timelineId, StoryState s) {
        List<TimelineEntry> timeline = new ArrayList<>();
        try (KeyValueIterator<String, TimelineGroup> it = store.prefixScan(prefix(timelineId), new StringSerializer())) {
            it.forEachRemaining(kv -> timeline.addAll(kv.value.entries()));
        }
        // The keys sort in fold order but where UTF-8 and Java order article ids differently (beyond U+FFFF): sorted as the
        // fold sorted (a stable sort: entries of one fold order keep their places in their group).
        timeline.sort(TimelineEntry.FOLD_ORDER);
        return s.withTimeline(timeline);
    }

    /**
     * Writes again the groups of the entries of {@code after} that {@code before} lacks and of those it
     * no longer has, each as {@code after} holds it (deleted when it holds none). The fold keeps the
     * entries it leaves alone as the same objects: a statement finds what changed by identity, and builds
     * keys for those groups alone.
     */
    static void write(KeyValueStore<String, TimelineGroup> store, String storyId, List<TimelineEntry> before, List<TimelineEntry> after) {
        if (before == after) return;
        List<TimelineEntry> changed = missingFrom(before, after);
        changed.addAll(missingFrom(after, before));
        List<TimelineEntry> groups = new ArrayList<>(); // an entry of each group touched
        for (TimelineEntry e : changed) {
            if (groups.stream().noneMatch(g -> sameGroup(g, e))) groups.add(e);
        }
        for (TimelineEntry group : groups) {
            List<TimelineEntry> entries = new ArrayList<>();
            for (TimelineEntry e : after) {
                if (sameGroup(e, group)) entries.add(e);
            }
            // A null value deletes without reading the old one.
            store.put(key(storyId, group), entries.isEmpty() ? null : new TimelineGroup(entries));
        }
    }

    /** The entries of {@code timeline} that {@code other} does not hold (as the same objects). */
    private static List<TimelineEntry> missingFrom(List<TimelineEntry> timeline, List<TimelineEntry> other) {
        Set<TimelineEntry> held = Collections.newSetFromMap(new IdentityHashMap<>(other.size() * 2));
        held.addAll(other);
        List<TimelineEntry> missing = new ArrayList<>();
        for (TimelineEntry e : timeline) {
            if (!held.contains(e)) missing.add(e);
        }
        return missing;
    }

    private static boolean sameGroup(TimelineEntry a, TimelineEntry b) {
        return Objects.equals(a.at(), b.at()) && a.evidence().articleId().equals(b.evidence().articleId());
    }

    static String key(String storyId, TimelineEntry e) {
        Instant at = e.at();
        String time = at == null ? "0" // an unknown time first, as the fold orders it
                : "1" + FoldStoryProcessor.zeroPadded(at.getEpochSecond() - Long.MIN_VALUE / 2, 20) + FoldStoryProcessor.zeroPadded(at.getNano(), 9);
        return prefix(storyId) + time + '\u0000' + e.evidence().articleId();
    }

    private static String prefix(String storyId) {
        return storyId + '\u0000';
    }
}
