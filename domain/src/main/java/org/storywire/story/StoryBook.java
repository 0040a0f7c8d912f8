package org.storywire.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.storywire.extract.Statement;

/**
 * Grouping and fold over a batch of articles, in memory: what the topology does across partitions
 * (grouper keyed by article, {@link StoryFamily} keyed by {@link StoryKey#partitionKey()}), in one
 * place, for the evaluation and the tests. Ingesting an article id again replaces the earlier
 * version of that article (an update); {@link #retract} takes an article back out (a tombstone).
 */
public final class StoryBook {

    private final StoryGrouper grouper;
    private final StoryFold fold;
    private final Map<String, List<StoryStatement>> byArticle = new LinkedHashMap<>();
    private final Map<String, StoryFamily> families = new TreeMap<>();
    /** By family: the part of a family's shared responses has the same name in every family. */
    private final Map<String, LedgerMap> ledgers = new TreeMap<>();
    private final List<StoryUpdate> updates = new ArrayList<>();

    public StoryBook(StoryGrouper grouper, StoryFold fold) {
        this.grouper = grouper;
        this.fold = fold;
    }

    public static StoryBook standard() { return new StoryBook(StoryGrouper.standard(), new StoryFold()); }

    /** Groups and folds one article's statements (in their order in the article); returns the updates it caused. */
    public List<StoryUpdate> ingest(ArticleInfo article, List<Statement> statements) {
        List<StoryUpdate> caused = new ArrayList<>(retract(article.articleId(), article.published()));
        List<Statement> ordered = statements.stream().sorted(Comparator.comparingInt(Statement::ordinal)).toList();
        List<StoryGrouper.Assignment> assignments = grouper.assignAll(article, ordered);
        List<StoryStatement> assigned = new ArrayList<>();
        Map<String, List<StoryStatement>> byFamily = new TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            StoryStatement s = StoryStatement.of(assignments.get(i), ordered.get(i), article);
            assigned.add(s);
            byFamily.computeIfAbsent(s.key().partitionKey(), k -> new ArrayList<>()).add(s);
        }
        byArticle.put(article.articleId(), List.copyOf(assigned));
        byFamily.forEach((familyId, members) -> caused.addAll(
                store(families.getOrDefault(familyId, StoryFamily.empty(familyId)).apply(fold, ledgersOf(familyId), members, article.published()))));
        return caused;
    }

    /** Removes an article's statements from every story they joined and recomputes those stories. */
    public List<StoryUpdate> retract(String articleId, Instant at) {
        List<StoryStatement> removed = byArticle.remove(articleId);
        if (removed == null) return List.of();
        List<StoryUpdate> caused = new ArrayList<>();
        removed.stream().map(s -> s.key().partitionKey()).distinct().sorted()
                .forEach(familyId -> caused.addAll(store(families.get(familyId).retract(fold, ledgersOf(familyId), articleId, at))));
        return caused;
    }

    private List<StoryUpdate> store(StoryFamily.Result result) {
        StoryFamily family = result.family();
        if (family.isEmpty()) families.remove(family.familyId());
        else families.put(family.familyId(), family);
        ledgersOf(family.familyId()).record(result);
        updates.addAll(result.updates());
        return result.updates();
    }

    private LedgerMap ledgersOf(String familyId) {
        return ledgers.computeIfAbsent(familyId, f -> new LedgerMap());
    }

    public Map<String, StoryState> stories() {
        Map<String, StoryState> all = new TreeMap<>();
        families.values().forEach(f -> all.putAll(f.published()));
        return all;
    }

    public Optional<StoryState> story(String storyId) { return Optional.ofNullable(stories().get(storyId)); }

    /** Every update published so far, in publication order. */
    public List<StoryUpdate> updates() { return List.copyOf(updates); }

    /** The story a statement belongs to: its own, or for a response naming no report, its family's only reported story. */
    public Optional<String> storyOf(String articleId, int ordinal) {
        return byArticle.getOrDefault(articleId, List.of()).stream()
                .filter(s -> s.statement().ordinal() == ordinal).findFirst()
                .map(s -> families.get(s.key().partitionKey()).storyOf(s));
    }

    /** The statements a published story folds: its own and, for a reported story, its family's unsourced responses. */
    public List<StoryStatement> statementsOf(String storyId) {
        Optional<StoryKey> key = keyOf(storyId);
        if (key.isEmpty()) return List.of();
        return StoryFamily.statementsOf(key.get(), storyId, byArticle.values().stream().flatMap(List::stream).toList());
    }

    /** The story as it stood at {@code time}: the fold over its statements published by then. */
    public Optional<StoryState> asOf(String storyId, Instant time) {
        return keyOf(storyId).flatMap(key -> fold.asOf(key, statementsOf(storyId), time));
    }

    private Optional<StoryKey> keyOf(String storyId) {
        return families.values().stream().map(f -> f.keys().get(storyId)).filter(Objects::nonNull).findFirst();
    }
}
