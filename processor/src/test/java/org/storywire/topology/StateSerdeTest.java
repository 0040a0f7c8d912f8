package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storywire.story.StoryState;
import org.storywire.story.StoryStatus;

class StateSerdeTest {
    private final StateSerde<StoryState> serde = new StateSerde<>(StoryState.class);
    private final StoryState story = new StoryState("meeting:ru+us", "Ein Treffen", "meeting", List.of("Putin", "Trump"),
            StoryStatus.CLAIMED, List.of(), List.of(), 0, 3, Map.of("Hafenblatt", 2, "Kurier", 1), 2,
            Instant.parse("2024-11-07T12:50:00Z"), Instant.parse("2024-11-11T08:01:00Z"), 4, null, "a1",
            Map.of("a1", "https://kurier.example/a1"));

    @Test
    void aStoryComesBackAsItWasWritten() {
        byte[] bytes = serde.serializer().serialize("t", story);
        assertThat(bytes[0]).as("Smile header, not text JSON").isEqualTo((byte) ':');
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(story);
    }

    @Test
    void textJsonWrittenByEarlierBuildsIsStillRead() throws Exception {
        byte[] json = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsBytes(story);
        assertThat(serde.deserializer().deserialize("t", json)).isEqualTo(story);
    }

    @Test
    void aFamilysKeysAreWrittenInStoryIdOrder() {
        Map<String, org.storywire.story.StoryKey> keys = new java.util.LinkedHashMap<>();
        for (int i = 40; i > 0; i--) {
            keys.put("meeting:ru+us~outlet-" + i, new org.storywire.story.StoryKey("meeting", false, List.of("ru", "us"), "Outlet " + i, List.of()));
        }
        assertThat(new StoryFamilyKeys(keys).keys().keySet()).containsExactlyElementsOf(keys.keySet().stream().sorted().toList());
    }
}
