package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;

/** How a story's timeline takes a statement's entry: in its place, as a stable sort of all entries would put it. */
class StoryTallyTest {

    @Test
    void twoTimelinesMergeAsAStableSortOfOneAfterTheOther() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<TimelineEntry> a = sorted(entries(random, random.nextInt(12)));
            List<TimelineEntry> b = sorted(entries(random, random.nextInt(3) == 0 ? 1 : random.nextInt(12)));
            List<TimelineEntry> both = new ArrayList<>(a);
            both.addAll(b);

            // Entries of one fold order (few times, few articles) keep a's before b's, as the same objects.
            assertThat(StoryTally.merged(a, b, TimelineEntry.FOLD_ORDER)).containsExactlyElementsOf(sorted(both))
                    .usingElementComparator((x, y) -> x == y ? 0 : 1).containsExactlyElementsOf(sorted(both));
        }
    }

    @Test
    void aStatementsEntryIsComparedWithAFewEntriesOfAFullTimeline() {
        Random random = new Random(11);
        List<TimelineEntry> full = sorted(entries(random, 200));
        AtomicInteger comparisons = new AtomicInteger();
        Comparator<TimelineEntry> counted = (x, y) -> {
            comparisons.incrementAndGet();
            return TimelineEntry.FOLD_ORDER.compare(x, y);
        };

        List<TimelineEntry> merged = StoryTally.merged(full, entries(random, 1), counted);

        assertThat(merged).hasSize(201);
        assertThat(comparisons.get()).isLessThanOrEqualTo(8); // a binary search of 200 places
    }

    private static List<TimelineEntry> sorted(List<TimelineEntry> entries) {
        List<TimelineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(TimelineEntry::order));
        return sorted;
    }

    private static List<TimelineEntry> entries(Random random, int n) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant at = random.nextInt(10) == 0 ? null : Instant.parse("2026-11-01T00:00:00Z").plusSeconds(random.nextInt(4));
            String articleId = "a" + random.nextInt(3);
            entries.add(new TimelineEntry(at, "speaker " + i, "party", Stance.CLAIM, Standing.PARTY, "outlet", "https://example.org/" + articleId,
                    random.nextInt(2), new Evidence(articleId, "A sentence.", 0, 11, 0, 10)));
        }
        return entries;
    }
}
