package org.storywire.story;

import java.time.Instant;
import java.util.List;

/**
 * One visible change of a story (mirrors the Avro {@code StoryUpdate}): the new status, the one
 * before (null for a new story), what changed in words, and the statement that caused it (null for
 * a retraction). Emitted only when status, a position or the independent-source count changed.
 */
public record StoryUpdate(
        String storyId, long version, String title, StoryStatus status, StoryStatus previousStatus, List<String> changes, TimelineEntry cause, Instant at) {

    public StoryUpdate {
        changes = List.copyOf(changes);
    }
}
