package org.storywire.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.storywire.story.StoryKey;
import org.storywire.story.StoryState;

/**
 * The stored index of a story family: the key of each of its stories, by story id (the rest of the
 * family is stored in parts). Builds before 2026-11-22 stored the whole family in this store; such a
 * value also carries the family's folds ({@code own}, {@code responses}), which the fold moves into
 * parts the first time it reads the family.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StoryFamilyKeys(Map<String, StoryKey> keys,
                              @JsonProperty("own") Map<String, StoryState> legacyOwn,
                              @JsonProperty("responses") StoryState legacyResponses) {
    public StoryFamilyKeys {
        // Sorted, like the story's outlets: Map.copyOf's per-JVM order would reach the stored bytes.
        keys = Collections.unmodifiableMap(new TreeMap<>(keys));
        legacyOwn = legacyOwn == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(legacyOwn));
    }

    public StoryFamilyKeys(Map<String, StoryKey> keys) {
        this(keys, Map.of(), null);
    }

    boolean isLegacy() { return !legacyOwn.isEmpty() || legacyResponses != null; }
}
