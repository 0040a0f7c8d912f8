package org.storywire.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.storywire.extract.Statement;

/**
 * Grouping and fold over a batch of articles, in memory: what the topology does across partitions,
 * in one place, for the evaluation and the tests. Ingesting an article id again replaces the earlier
 * version of that article (an update); {@link #retract} takes an article back out (a tombstone).
 */
public final class StoryBook {

    private final StoryGrouper grouper;
    private final StoryFold fold;
    private final Map<String, List<StoryStatement>> byArticle = new LinkedHashMap<>();
    private final Map<String, StoryState> stories = new TreeMap<>();
    private final List<StoryUpdate> updates = new ArrayList<>();

    public StoryBook(StoryGrouper grouper, StoryFold fold) {
        this.grouper = grouper;
        this.fold = fold;
    }

    public static StoryBook standard() { return new StoryBook(StoryGrouper.standard(), new StoryFold()); }

    /** Groups and folds one article's statements (in their order in the article); returns the updates it caused. */
    public List<StoryUpdate> ingest(ArticleInfo article, List<Statement> statements) {
        List<StoryUpdate> superseded = retract(article.articleId(), article.published());
        List<StoryUpdate> caused = new ArrayList<>();
        ArticleContext context = grouper.open(article);
        List<StoryStatement> assigned = new ArrayList<>();
        for (Statement statement : statements.stream().sorted(Comparator.comparingInt(Statement::ordinal)).toList()) {
            StoryGrouper.Assignment assignment = grouper.assign(context, statement);
            context = assignment.next();
            StoryStatement s = StoryStatement.of(assignment, statement, article);
            assigned.add(s);
            StoryFold.Folded folded = fold.apply(stories.get(s.storyId()), s);
            stories.put(s.storyId(), folded.state());
            folded.update().ifPresent(caused::add);
        }
        byArticle.put(article.articleId(), List.copyOf(assigned));
        updates.addAll(caused);
        List<StoryUpdate> all = new ArrayList<>(superseded);
        all.addAll(caused);
        return all;
    }

    /** Removes an article's statements from every story they joined and recomputes those stories. */
    public List<StoryUpdate> retract(String articleId, Instant at) {
        List<StoryStatement> removed = byArticle.remove(articleId);
        if (removed == null) return List.of();
        List<StoryUpdate> caused = new ArrayList<>();
        Map<String, StoryKey> touched = new TreeMap<>();
        for (StoryStatement s : removed) touched.put(s.storyId(), s.key());
        touched.forEach((storyId, key) -> {
            StoryFold.Folded folded = fold.retract(stories.get(storyId), key, articleId, at);
            if (folded.state() == null || folded.state().isEmpty()) stories.remove(storyId);
            else stories.put(storyId, folded.state());
            folded.update().ifPresent(caused::add);
        });
        updates.addAll(caused);
        return caused;
    }

    public Map<String, StoryState> stories() { return Map.copyOf(stories); }

    public Optional<StoryState> story(String storyId) { return Optional.ofNullable(stories.get(storyId)); }

    /** Every update published so far, in publication order. */
    public List<StoryUpdate> updates() { return List.copyOf(updates); }

    /** The story a statement was assigned to. */
    public Optional<String> storyOf(String articleId, int ordinal) {
        return byArticle.getOrDefault(articleId, List.of()).stream()
                .filter(s -> s.statement().ordinal() == ordinal).map(StoryStatement::storyId).findFirst();
    }

    public List<StoryStatement> statementsOf(String storyId) {
        return byArticle.values().stream().flatMap(List::stream).filter(s -> s.storyId().equals(storyId)).toList();
    }

    /** The story as it stood at {@code time}: the fold over the statements published by then. */
    public Optional<StoryState> asOf(String storyId, Instant time) {
        return fold.asOf(statementsOf(storyId), time);
    }
}
