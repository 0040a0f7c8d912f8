package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storywire.clean.Article;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.Cleaner;
import org.storywire.extract.Document;
import org.storywire.extract.Statement;
import org.storywire.extract.StatementExtractor;
import org.storywire.story.ActorCatalog;
import org.storywire.story.ArticleInfo;
import org.storywire.story.StoryBook;
import org.storywire.story.StoryStatus;

/**
 * Replays the five seed articles in all 120 orders, with extracted and with gold statements, and
 * checks that every order ends with the same stories, statuses and assignments. Reads the shared
 * evaluation data (not part of the repository); skipped where it is absent. Set
 * {@code storywire.shared} to point elsewhere.
 */
class StorySeedsOrderTest {

    private static final Path SHARED = Path.of(System.getProperty("storywire.shared", "/work/shared"));
    private static final Path SEEDS = SHARED.resolve("corpus/seeds");
    private static final Path GOLD = SHARED.resolve("eval/seeds-gold.json");

    private static SeedsGold gold;
    private static final Map<String, CleanArticle> clean = new LinkedHashMap<>();
    private static final Map<String, List<Statement>> extracted = new LinkedHashMap<>();
    private static final Map<String, ArticleInfo> infos = new LinkedHashMap<>();

    @BeforeAll
    static void readSeeds() throws Exception {
        if (!Files.exists(GOLD)) return;
        gold = SeedsGold.read(GOLD);
        Cleaner cleaner = new Cleaner();
        StatementExtractor extractor = new StatementExtractor();
        for (SeedsGold.GoldArticle a : gold.articles()) {
            CleanArticle c = cleaner.clean(new Article(a.file(), null, null, null, Files.readString(SEEDS.resolve(a.file())), "de", null, null));
            clean.put(a.file(), c);
            Document document = extractor.read(c);
            infos.put(a.file(), ArticleInfo.of(document));
            extracted.put(a.file(), extractor.extract(document));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyOrderOfTheSeedsEndsWithTheSameStoriesAndStatuses(boolean goldStatements) {
        assumeTrue(gold != null, "shared seeds data not present");
        Map<String, List<Statement>> statements = new LinkedHashMap<>();
        clean.forEach((id, c) -> statements.put(id, goldStatements
                ? GoldStatements.of(gold, c, extracted.get(id), ActorCatalog.standard()) : extracted.get(id)));

        Map<String, StoryStatus> reference = null;
        Map<String, String> referenceAssignment = null;
        int orders = 0;
        for (List<String> order : permutations(new ArrayList<>(clean.keySet()))) {
            StoryBook book = StoryBook.standard();
            for (String id : order) book.ingest(infos.get(id), statements.get(id));
            Map<String, StoryStatus> statuses = new TreeMap<>();
            book.stories().forEach((id, s) -> statuses.put(id, s.status()));
            Map<String, String> assignment = new TreeMap<>();
            statements.values().stream().flatMap(List::stream)
                    .forEach(s -> assignment.put(s.articleId() + "#" + s.ordinal(), book.storyOf(s.articleId(), s.ordinal()).orElseThrow()));
            if (reference == null) {
                reference = statuses;
                referenceAssignment = assignment;
            }
            assertThat(statuses).as("statuses after %s", order).isEqualTo(reference);
            assertThat(assignment).as("assignment after %s", order).isEqualTo(referenceAssignment);
            orders++;
        }
        assertThat(orders).isEqualTo(120);
        assertThat(reference).containsValues(StoryStatus.DENIED, StoryStatus.CLAIMED);
    }

    private static List<List<String>> permutations(List<String> items) {
        if (items.isEmpty()) return List.of(List.of());
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> rest = new ArrayList<>(items);
            String head = rest.remove(i);
            for (List<String> tail : permutations(rest)) {
                List<String> p = new ArrayList<>(List.of(head));
                p.addAll(tail);
                out.add(p);
            }
        }
        return out;
    }
}
