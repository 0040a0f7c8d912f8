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
    /** Smile as builds before shared string values wrote it. */
    private static final ObjectMapper WITHOUT_SHARED_VALUES =
            com.fasterxml.jackson.dataformat.smile.databind.SmileMapper.builder().addModule(new JavaTimeModule()).build();
    private final StateSerde<StoryState> serde = new StateSerde<>(StoryState.class);
    private final StoryState story = new StoryState("meeting:ru+us", "Ein Treffen", "meeting", List.of("Putin", "Trump"),
            StoryStatus.CLAIMED, List.of(), List.of(), 0, 3, Map.of("Hafenblatt", 2, "Kurier", 1), 2,
            Instant.parse("2024-11-07T12:50:00Z"), Instant.parse("2024-11-11T08:01:00Z"), 4, null, "a1",
            Map.of("a1", "https://kurier.example/a1"), 2);

    @Test
    void aStoryComesBackAsItWasWritten() {
        byte[] bytes = serde.serializer().serialize("t", story);
        assertThat(bytes[0]).as("Smile header, not text JSON").isEqualTo((byte) ':');
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(story);
    }

    @Test
    void stringsRepeatedInAStoryAreWrittenOnce() throws Exception {
        String url = "https://kurier.example/2024/11/07/ein-langer-pfad-zum-artikel";
        List<org.storywire.story.TimelineEntry> timeline = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            timeline.add(new org.storywire.story.TimelineEntry(Instant.parse("2024-11-07T12:50:00Z").plusSeconds(i), "Dmitri Peskow", "Kreml",
                    org.storywire.extract.Stance.DENIAL, org.storywire.story.Standing.PARTY, "Kurier", url, i,
                    new org.storywire.story.Evidence(url, "Satz " + i, 0, 7, 0, 7)));
        }
        StoryState repeated = new StoryState(story.storyId(), story.title(), story.event(), story.actors(), story.status(), story.positions(),
                timeline, 0, 50, story.outlets(), 2, story.firstSeen(), story.lastUpdated(), 4, null, "a1", Map.of(), 2);
        byte[] bytes = serde.serializer().serialize("t", repeated);
        assertThat(bytes[3] & 0x02).as("header flag: shared string values").isNotZero();
        byte[] plain = WITHOUT_SHARED_VALUES.writeValueAsBytes(repeated);
        assertThat(bytes.length).as("the URL, twice in each of 50 entries, written in full once").isLessThan(plain.length - 90 * url.length());
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(repeated);
    }

    @Test
    void smileWrittenWithoutSharedStringValuesIsStillRead() throws Exception {
        byte[] plain = WITHOUT_SHARED_VALUES.writeValueAsBytes(story);
        assertThat(plain[3] & 0x02).isZero();
        assertThat(serde.deserializer().deserialize("t", plain)).isEqualTo(story);
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
