package org.storywire.topology;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.storywire.story.StoryFamily;
import org.storywire.story.StoryState;

/**
 * A story family in its stores: its story keys (story-families), each story as published
 * (story-state, its timeline entries in story-timeline: {@link StoryTimelines}) and the folds the
 * published stories are made of (story-folds, their timelines in story-timeline too, so that a
 * statement writes the entries it changed, not a fold's whole timeline). A story's own fold is
 * stored only where it is not its published state but for the version (a story that merges its
 * family's shared responses, an unsourced story absorbed by the family's one report): most stories
 * are published as folded, and the timeline, the largest part of a story, is then written once.
 * The family's keys are exactly the stories with a fold, so a key without a stored fold reads its
 * published state.
 */
final class FamilyStore {
    private final KeyValueStore<String, StoryFamilyKeys> families;
    private final KeyValueStore<String, StoryState> folds;
    private final KeyValueStore<String, StoryState> stories;
    private final KeyValueStore<String, TimelineGroup> timelines;

    FamilyStore(KeyValueStore<String, StoryFamilyKeys> families, KeyValueStore<String, StoryState> folds,
                KeyValueStore<String, StoryState> stories, KeyValueStore<String, TimelineGroup> timelines) {
        this.families = families;
        this.folds = folds;
        this.stories = stories;
        this.timelines = timelines;
    }

    StoryFamily load(String familyId) {
        StoryFamilyKeys keys = families.get(familyId);
        if (keys == null) return StoryFamily.empty(familyId);
        Map<String, StoryState> published = new TreeMap<>();
        for (String storyId : keys.keys().keySet()) {
            StoryState story = stories.get(storyId);
            if (story != null) published.put(storyId, StoryTimelines.withTimeline(timelines, story));
        }
        Map<String, StoryState> own = new TreeMap<>();
        StoryState responses = null;
        String prefix = FoldStoryProcessor.familyPrefix(familyId);
        try (KeyValueIterator<String, StoryState> it = folds.prefixScan(prefix, new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, StoryState> part = it.next();
                String storyId = part.key.substring(prefix.length());
                StoryState fold = StoryTimelines.withTimeline(timelines, StoryTimelines.ofFold(familyId, storyId), part.value);
                if (storyId.equals(StoryFamily.RESPONSES)) responses = fold;
                else own.put(storyId, fold);
            }
        }
        for (String storyId : keys.keys().keySet()) {
            if (own.containsKey(storyId)) continue;
            StoryState folded = published.get(storyId);
            if (folded == null) throw new IllegalStateException("story " + storyId + " has neither a fold nor a published state in its stores");
            own.put(storyId, folded);
        }
        return new StoryFamily(familyId, keys.keys(), own, responses, published);
    }

    /**
     * Writes the parts of the family that changed (the fold returns the very same object for a part it
     * left alone). The published stories themselves are the caller's: it publishes them as it writes them.
     */
    void save(StoryFamily before, StoryFamily after) {
        String familyId = after.familyId();
        if (after.isEmpty()) families.delete(familyId);
        else if (!after.keys().equals(before.keys())) families.put(familyId, new StoryFamilyKeys(after.keys()));
        TreeSet<String> ids = new TreeSet<>(before.own().keySet());
        ids.addAll(after.own().keySet());
        for (String storyId : ids) {
            StoryState was = before.own().get(storyId);
            StoryState now = after.own().get(storyId);
            if (was == now && before.published().get(storyId) == after.published().get(storyId)) continue;
            boolean wasStored = keepsOwnFold(before, storyId);
            boolean isStored = keepsOwnFold(after, storyId);
            if (isStored && (!wasStored || was != now)) saveFold(familyId, storyId, wasStored ? was : null, now);
            else if (!isStored && wasStored) saveFold(familyId, storyId, was, null);
        }
        if (before.responses() != after.responses()) saveFold(familyId, StoryFamily.RESPONSES, before.responses(), after.responses());
    }

    /** Replaces a stored fold ({@code was}, null: none) by {@code now} (null: deletes it), its timeline under keys of its own. */
    private void saveFold(String familyId, String part, StoryState was, StoryState now) {
        StoryTimelines.write(timelines, StoryTimelines.ofFold(familyId, part), was == null ? List.of() : was.timeline(),
                now == null ? List.of() : now.timeline());
        if (now == null) folds.delete(key(familyId, part));
        else folds.put(key(familyId, part), StoryTimelines.withoutTimeline(now));
    }

    /** Replaces the story as published ({@code was}) by {@code now}, or deletes it (null). */
    void publish(String storyId, StoryState was, StoryState now) {
        StoryTimelines.write(timelines, storyId, was == null ? List.of() : was.timeline(), now == null ? List.of() : now.timeline());
        if (now == null) stories.delete(storyId);
        else stories.put(storyId, StoryTimelines.withoutTimeline(now));
    }

    /** Whether the story's fold needs a key of its own: it has one, and it is not the published state but for the version. */
    static boolean keepsOwnFold(StoryFamily family, String storyId) {
        StoryState own = family.own().get(storyId);
        if (own == null) return false;
        StoryState published = family.published().get(storyId);
        return published == null || !own.equals(published.withVersion(own.version()));
    }

    private static String key(String familyId, String part) {
        return FoldStoryProcessor.familyPrefix(familyId) + part;
    }
}
