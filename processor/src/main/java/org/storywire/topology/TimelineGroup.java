package org.storywire.topology;

import java.util.List;
import org.storywire.story.TimelineEntry;

/**
 * The entries one article gave one timeline at one time, in fold order: the value of a story-timeline
 * key ({@code story NUL time NUL article}, see {@link StoryTimelines}). An article's statements in a
 * story are folded one after another, so its entries reach RocksDB and the changelog once per commit
 * (the store is cached), not once each.
 */
public record TimelineGroup(List<TimelineEntry> entries) {
    public TimelineGroup {
        entries = List.copyOf(entries);
    }
}
