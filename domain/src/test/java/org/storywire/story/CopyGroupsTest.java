package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Independent sources kept article by article against the full recount, on random stories. */
class CopyGroupsTest {

    /** Texts that articles copy from: copies of one text share most of their sketch hashes. */
    private static final int TEXTS = 6;
    private static final int TEXT_HASHES = 40;

    @Test
    void keepingSourcesArticleByArticleEqualsTheFullRecountAfterEveryStep() {
        keptEqualsRecounted(0); // every story indexed from its first article
    }

    @Test
    void aStoryRecountedWhileSmallThenIndexedEqualsTheFullRecountAfterEveryStep() {
        keptEqualsRecounted(5); // recounted below 5 articles, indexed from then on, also when it shrinks again
    }

    private static void keptEqualsRecounted(int indexedFrom) {
        int sharedClasses = 0;
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            Map<String, ArticleLedger> story = new TreeMap<>();
            Map<String, CopyEntry> index = new TreeMap<>();
            Sources kept = Sources.NONE;
            for (int step = 0; step < 120; step++) {
                String id = "a" + random.nextInt(40);
                ArticleLedger before = story.get(id);
                ArticleLedger after = before != null && random.nextInt(5) == 0 ? null : grown(random, id, before);
                CopyGroups groups = new CopyGroups(index::get, indexedFrom);
                List<ArticleLedger> ledgers = new ArrayList<>(story.values());
                kept = groups.update(kept, before, after, () -> ledgers);
                for (CopyIndex.Write w : groups.writes()) {
                    if (w.entry() == null) index.remove(w.key());
                    else index.put(w.key(), w.entry());
                }
                if (after == null) story.remove(id);
                else story.put(id, after);

                Sources recounted = Sources.of(new ArrayList<>(story.values()));
                assertThat(kept).as("seed %d step %d", seed, step).isEqualTo(recounted);
                for (Map.Entry<String, CopyEntry> e : index.entrySet()) {
                    if (e.getKey().startsWith("m") && e.getValue().count() > 1 || e.getValue().sources().size() > 1) sharedClasses++;
                }
            }
        }
        // The equality only covers wire copies if articles shared a class: one sketch, one node.
        assertThat(sharedClasses).isPositive();
    }

    @Test
    void theRandomStoriesHoldCopyGroupsAndSplitThemAgain() {
        // The equality above only means something if the stories have groups of copies, and groups that break up.
        Random random = new Random(3);
        Map<String, ArticleLedger> story = new TreeMap<>();
        for (int i = 0; i < 30; i++) story.put("a" + i, grown(random, "a" + i, null));
        Sources all = Sources.of(new ArrayList<>(story.values()));
        assertThat(all.independent()).isLessThan(story.size()).isGreaterThan(1);
    }

    /**
     * The article's ledger with more sketch hashes: drawn from one text (a copy) or its own words, a few
     * differing from a text's hash in the low bits the recount ignores, bounded like a real sketch.
     * Outlets repeat, and some articles have none.
     */
    private static ArticleLedger grown(Random random, String id, ArticleLedger before) {
        String outlet = before != null ? before.outlet() : random.nextInt(4) == 0 ? null : "outlet" + random.nextInt(8);
        if (random.nextInt(3) == 0) {
            // A wire copy: the first hashes of a text, the same sketch as other copies of as much of it;
            // three hashes are too few for two such articles to be copies of each other.
            int[] lengths = {3, 8, 20};
            int text = random.nextInt(TEXTS);
            List<Long> sketch = new ArrayList<>();
            for (int i = 0, n = lengths[random.nextInt(lengths.length)]; i < n; i++) sketch.add(textHash(text, i));
            sketch.sort(null);
            return new ArticleLedger(id, outlet, null, List.of(), List.of(), List.of(), null, sketch, null, null);
        }
        TreeSet<Long> sketch = new TreeSet<>(before == null ? List.of() : before.sketch());
        int text = random.nextInt(TEXTS);
        boolean copies = random.nextBoolean();
        for (int i = 0, n = 4 + random.nextInt(24); i < n; i++) {
            long hash = copies ? textHash(text, random.nextInt(TEXT_HASHES)) : random.nextLong();
            if (copies && random.nextInt(10) == 0) hash ^= 1 + random.nextInt(0xFFFF);
            sketch.add(hash);
        }
        List<Long> bounded = new ArrayList<>(sketch).subList(0, Math.min(ArticleLedger.SKETCH, sketch.size()));
        return new ArticleLedger(id, outlet, null, List.of(), List.of(), List.of(), null, bounded, null, null);
    }

    private static long textHash(int text, int i) {
        return new Random(text * 1_000L + i).nextLong();
    }
}
