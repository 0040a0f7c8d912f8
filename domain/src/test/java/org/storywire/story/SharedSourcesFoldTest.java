package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;

/**
 * A sourced story is published with its family's shared responses, and its independent sources count
 * both parts' articles merged article by article. The fold keeps that count in the story's copy index,
 * corrected by each statement, each shared response and each retraction: on random families (reports
 * of two sources, responses naming none, syndicated copies, articles that grow and leave) it must
 * equal the full recount over both parts' ledgers after every step.
 */
class SharedSourcesFoldTest {

    private static final StoryKey FAMILY = new StoryKey("communication", false, List.of("DE", "UA"), null, List.of());
    private static final List<String> TEXTS = List.of(words("wire one"), words("wire two"), words("wire three"));
    /** Outlets repeat, and one article in five has none (it counts as a source of its own). */
    private static final List<String> OUTLETS = java.util.Arrays.asList("dpa", "AFP", "Reuters", "taz", null);

    private final StoryFold fold = new StoryFold();

    @Test
    void publishedSourcesEqualTheRecountOverBothPartsAfterEveryStep() {
        int indexedStories = 0;
        for (int seed = 0; seed < 12; seed++) {
            Random random = new Random(seed);
            LedgerMap ledgers = new LedgerMap();
            StoryFamily family = StoryFamily.empty(FAMILY.partitionKey());
            Map<String, StoryKey> keyOf = new TreeMap<>();
            Map<String, Integer> statementsOf = new TreeMap<>();
            for (int step = 0; step < 160; step++) {
                StoryFamily.Result result;
                if (!statementsOf.isEmpty() && random.nextInt(12) == 0) {
                    String id = new ArrayList<>(statementsOf.keySet()).get(random.nextInt(statementsOf.size()));
                    statementsOf.remove(id);
                    result = family.retract(fold, ledgers, id, day(20));
                } else {
                    boolean again = !statementsOf.isEmpty() && random.nextInt(4) == 0;
                    String id = again ? new ArrayList<>(statementsOf.keySet()).get(random.nextInt(statementsOf.size())) : "a" + step;
                    StoryKey key = again ? keyOf.get(id) : switch (random.nextInt(3)) {
                        case 0 -> FAMILY.withSource("Reuters");
                        case 1 -> FAMILY.withSource("AP");
                        default -> FAMILY;
                    };
                    keyOf.put(id, key);
                    int ordinal = statementsOf.merge(id, 1, Integer::sum);
                    String sentence = random.nextInt(3) == 0 ? TEXTS.get(random.nextInt(TEXTS.size())) : words(id + "#" + ordinal);
                    Stance stance = key.isSourced() ? Stance.CLAIM : random.nextBoolean() ? Stance.DENIAL : Stance.CONFIRMATION;
                    String outlet = OUTLETS.get(Math.floorMod(id.hashCode(), OUTLETS.size()));
                    var s = statement(id, ordinal, "Olaf Scholz", stance, sentence, day(1 + step % 20));
                    ArticleInfo article = new ArticleInfo(id, outlet, "https://example.org/" + id, "Telefonat", null, day(1 + step % 20), "de");
                    result = family.apply(fold, ledgers, List.of(new StoryStatement(key, s, article, "Olaf Scholz", "Olaf Scholz", "DE", List.of(), Given.shingles(sentence))),
                            day(1 + step % 20));
                }
                ledgers.record(result);
                family = result.family();
                for (var story : family.published().entrySet()) {
                    StoryKey key = family.keys().get(story.getKey());
                    if (key == null || !key.isSourced()) continue;
                    Sources recounted = Sources.of(merged(ledgers.of(story.getKey()).all(), ledgers.of(StoryFamily.RESPONSES).all()));
                    StoryState published = story.getValue();
                    assertThat(new Sources(published.outlets(), published.independentSources(), published.outletCount()))
                            .as("seed %d step %d story %s", seed, step, story.getKey()).isEqualTo(recounted);
                    if (ledgers.of(story.getKey()).copies().get(CopyIndex.INDEXED_KEY) != null) indexedStories++;
                }
            }
        }
        // The equality means something only where the stories grew past the recount of small stories into their index.
        assertThat(indexedStories).isGreaterThan(100);
    }

    private static List<ArticleLedger> merged(List<ArticleLedger> own, List<ArticleLedger> shared) {
        Map<String, ArticleLedger> byArticle = new TreeMap<>();
        for (ArticleLedger a : own) byArticle.merge(a.articleId(), a, ArticleLedger::merge);
        for (ArticleLedger a : shared) byArticle.merge(a.articleId(), a, ArticleLedger::merge);
        return new ArrayList<>(byArticle.values());
    }

    private static String words(String seed) {
        Random words = new Random(seed.hashCode());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) text.append(" w").append(Integer.toString(words.nextInt(1 << 30), 36));
        return text.toString().strip() + ".";
    }
}
