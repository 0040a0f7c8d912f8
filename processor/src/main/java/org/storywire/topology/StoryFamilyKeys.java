package org.storywire.topology;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.storywire.story.StoryKey;

/**
 * The stored index of a story family: the key of each of its stories, by story id (the rest of the
 * family is stored in parts: each story's fold, the shared responses, and a ledger per story and article).
 */
public record StoryFamilyKeys(Map<String, StoryKey> keys) {
    public StoryFamilyKeys {
        // Sorted, like the story's outlets: Map.copyOf's per-JVM order would reach the stored bytes.
        keys = Collections.unmodifiableMap(new TreeMap<>(keys));
    }
}
