package org.storywire.topology;

import java.util.Map;
import org.storywire.story.StoryKey;

/** The stored index of a story family: the key of each of its stories, by story id (the rest of the family is stored in parts). */
public record StoryFamilyKeys(Map<String, StoryKey> keys) {
    public StoryFamilyKeys {
        keys = Map.copyOf(keys);
    }
}
