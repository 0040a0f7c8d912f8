package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.story.Evidence;
import org.storywire.story.StoryState;
import org.storywire.story.StoryStatus;
import org.storywire.story.Standing;
import org.storywire.story.TimelineEntry;

class StoryTimelinesTest {
    private final KeyValueStore<String, TimelineGroup> store = store();

    @Test
    void aTimelineReadsBackAsWrittenWhateverItsTimesAndArticleIds() {
        List<TimelineEntry> timeline = sorted(List.of(
                entry(null, "b", 3), entry("2024-05-01T10:00:00.000000001Z", "a", 1), entry("2024-05-01T10:00:00Z", "b", 0),
                entry("2024-05-01T10:00:00Z", "ab", 0), entry("1950-01-01T00:00:00Z", "z", 7), entry("2024-05-01T10:00:00Z", "a", 12),
                entry("2024-05-01T10:00:00Z", "a", 2), entry("2024-05-01T10:00:00Z", "\uFF21", 0),
                entry("2024-05-01T10:00:00Z", "\uD83D\uDE00", 0))); // Java sorts the last before the one above, UTF-8 after

        StoryTimelines.write(store, "s1", List.of(), timeline);
        StoryTimelines.write(store, "s10", List.of(), timeline.subList(0, 2)); // a story whose id begins with the other's

        assertThat(StoryTimelines.withTimeline(store, story("s1")).timeline()).containsExactlyElementsOf(timeline);
        assertThat(StoryTimelines.withTimeline(store, story("s10")).timeline()).containsExactlyElementsOf(timeline.subList(0, 2));
    }

    @Test
    void aTimelineThatDropsItsEarliestEntryLeavesNoKeyBehind() {
        List<TimelineEntry> before = sorted(List.of(entry("2024-05-01T10:00:00Z", "a", 0), entry("2024-05-02T10:00:00Z", "b", 0)));
        StoryTimelines.write(store, "s1", List.of(), before);
        List<TimelineEntry> after = sorted(List.of(before.get(1), entry("2024-05-03T10:00:00Z", "c", 0)));

        StoryTimelines.write(store, "s1", before, after);

        assertThat(StoryTimelines.withTimeline(store, story("s1")).timeline()).containsExactlyElementsOf(after);
        assertThat(store.approximateNumEntries()).isEqualTo(2);
        StoryTimelines.write(store, "s1", after, List.of()); // the story is gone
        assertThat(store.approximateNumEntries()).isZero();
    }

    @Test
    void entriesOfOneFoldOrderKeepTheirPlaces() {
        TimelineEntry first = entry("2024-05-01T10:00:00Z", "a", 0);
        TimelineEntry second = new TimelineEntry(first.at(), "someone else", null, Stance.DENIAL, Standing.THIRD_PARTY, null, null, 0,
                first.evidence());
        StoryTimelines.write(store, "s1", List.of(), List.of(first, second));

        assertThat(StoryTimelines.withTimeline(store, story("s1")).timeline()).containsExactly(first, second);
        // The first replaced by an equal entry of another object, then dropped: the second keeps its place, then moves up.
        TimelineEntry firstAgain = new TimelineEntry(first.at(), first.speaker(), first.party(), first.stance(), first.standing(),
                first.outlet(), first.url(), first.ordinal(), first.evidence());
        StoryTimelines.write(store, "s1", List.of(first, second), List.of(firstAgain, second));
        assertThat(StoryTimelines.withTimeline(store, story("s1")).timeline()).containsExactly(firstAgain, second);
        StoryTimelines.write(store, "s1", List.of(firstAgain, second), List.of(second));
        assertThat(StoryTimelines.withTimeline(store, story("s1")).timeline()).containsExactly(second);
        assertThat(store.approximateNumEntries()).isEqualTo(1);
    }

    @Test
    void anArticlesEntriesAtOneTimeShareAKeyAndLeaveItOneByOne() {
        TimelineEntry a0 = entry("2024-05-01T10:00:00Z", "a", 0);
        TimelineEntry a2 = entry("2024-05-01T10:00:00Z", "a", 2);
        TimelineEntry aLater = entry("2024-05-02T10:00:00Z", "a", 1);
        TimelineEntry b = entry("2024-05-01T10:00:00Z", "b", 0);
        StoryTimelines.write(store, "s1", List.of(), List.of(a0));
        StoryTimelines.write(store, "s1", List.of(a0), List.of(a0, a2));
        StoryTimelines.write(store, "s1", List.of(a0, a2), List.of(a0, a2, b, aLater));
        assertThat(store.approximateNumEntries()).as("article a at two times, article b").isEqualTo(3);
        assertThat(StoryTimelines.withTimeline(store, story("s1")).timeline()).containsExactly(a0, a2, b, aLater);

        StoryTimelines.write(store, "s1", List.of(a0, a2, b, aLater), List.of(a2, b, aLater));
        assertThat(StoryTimelines.withTimeline(store, story("s1")).timeline()).containsExactly(a2, b, aLater);
        StoryTimelines.write(store, "s1", List.of(a2, b, aLater), List.of(b, aLater));
        assertThat(store.approximateNumEntries()).isEqualTo(2);
    }

    @Test
    void anEntryEqualToOneWrittenButAnotherObjectIsWrittenAgainUnderItsKey() {
        TimelineEntry entry = entry("2024-05-01T10:00:00Z", "a", 0);
        StoryTimelines.write(store, "s1", List.of(), List.of(entry));
        TimelineEntry copy = new TimelineEntry(entry.at(), "another speaker", entry.party(), entry.stance(), entry.standing(),
                entry.outlet(), entry.url(), entry.ordinal(), entry.evidence());
        StoryTimelines.write(store, "s1", List.of(entry), List.of(copy));

        assertThat(StoryTimelines.withTimeline(store, story("s1")).timeline()).containsExactly(copy);
    }

    private static List<TimelineEntry> sorted(List<TimelineEntry> entries) {
        List<TimelineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(TimelineEntry::order));
        return sorted;
    }

    private static TimelineEntry entry(String at, String articleId, int ordinal) {
        return new TimelineEntry(at == null ? null : Instant.parse(at), "speaker", "party", Stance.CLAIM, Standing.PARTY, "outlet",
                "https://example.org/" + articleId, ordinal, new Evidence(articleId, "A sentence.", 0, 11, 0, 10));
    }

    private static StoryState story(String id) {
        return new StoryState(id, "title", null, List.of(), StoryStatus.CLAIMED, List.of(), List.of(), 0, 1, Map.of(), 1, null, null, 1,
                null, null, Map.of(), 0);
    }

    private static KeyValueStore<String, TimelineGroup> store() {
        KeyValueStore<String, TimelineGroup> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("timeline"),
                Serdes.String(), new StateSerde<>(TimelineGroup.class)).withLoggingDisabled().build();
        MockProcessorContext<String, SpecificRecord> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
