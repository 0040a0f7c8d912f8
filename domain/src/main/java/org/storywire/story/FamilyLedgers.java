package org.storywire.story;

/**
 * The ledgers of a story family by part: a story's own fold (part = its story id) or the family's
 * shared responses ({@link StoryFamily#RESPONSES}).
 */
public interface FamilyLedgers {
    StoryLedgers of(String part);
}
