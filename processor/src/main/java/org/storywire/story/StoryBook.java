package org.storywire.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storywire.extract.Statement;

/**
 * Grouping and fold over a batch of articles, in memory: what the topology does across partitions,
 * in one place, for the evaluation and the tests. Ingesting an article id again replaces the earlier
 * version of that article (an update); {@link #retract} takes an article back out (a tombstone).
 *
 * <p>Each story key has its own fold state. A story that is about a named report (Washington Post:
 * "they spoke") is published merged with its family's statements that name no report (the
 * Kremlin in another article: "there was no call"), because those count for every report of that
 * event among those sides. The unsourced statements are published as a story of their own only when
 * the family has no reported story or several; with exactly one they belong to it, and
 * {@link #storyOf} answers the same.
 */
public final class StoryBook {

    private final StoryGrouper grouper;
    private final StoryFold fold;
    private final Map<String, List<StoryStatement>> byArticle = new LinkedHashMap<>();
    private final Map<String, StoryKey> keys = new TreeMap<>();
    private final Map<String, StoryState> own = new TreeMap<>();
    private final Map<String, StoryState> published = new TreeMap<>();
    private final List<StoryUpdate> updates = new ArrayList<>();

    public StoryBook(StoryGrouper grouper, StoryFold fold) {
        this.grouper = grouper;
        this.fold = fold;
    }

    public static StoryBook standard() { return new StoryBook(StoryGrouper.standard(), new StoryFold()); }

    /** Groups and folds one article's statements (in their order in the article); returns the updates it caused. */
    public List<StoryUpdate> ingest(ArticleInfo article, List<Statement> statements) {
        List<StoryUpdate> caused = new ArrayList<>(retract(article.articleId(), article.published()));
        ArticleContext context = grouper.open(article);
        List<StoryStatement> assigned = new ArrayList<>();
        Map<String, TimelineEntry> causes = new HashMap<>();
        Set<String> families = new TreeSet<>();
        for (Statement statement : statements.stream().sorted(Comparator.comparingInt(Statement::ordinal)).toList()) {
            StoryGrouper.Assignment assignment = grouper.assign(context, statement);
            context = assignment.next();
            StoryStatement s = StoryStatement.of(assignment, statement, article);
            assigned.add(s);
            keys.put(s.storyId(), s.key());
            own.put(s.storyId(), fold.apply(own.get(s.storyId()), s).state());
            causes.put(s.storyId(), s.timelineEntry());
            families.add(s.key().partitionKey());
        }
        byArticle.put(article.articleId(), List.copyOf(assigned));
        caused.addAll(refresh(families, causes, article.published(), null));
        return caused;
    }

    /** Removes an article's statements from every story they joined and recomputes those stories. */
    public List<StoryUpdate> retract(String articleId, Instant at) {
        List<StoryStatement> removed = byArticle.remove(articleId);
        if (removed == null) return List.of();
        Set<String> families = new TreeSet<>();
        for (StoryStatement s : removed) {
            families.add(s.key().partitionKey());
            StoryState after = fold.retract(own.get(s.storyId()), s.key(), articleId, at).state();
            if (after == null || after.isEmpty()) own.remove(s.storyId());
            else own.put(s.storyId(), after);
        }
        return refresh(families, Map.of(), at, articleId);
    }

    /** Recomputes the published stories of the given families and collects the updates due. */
    private List<StoryUpdate> refresh(Set<String> families, Map<String, TimelineEntry> causes, Instant at, String retracted) {
        List<StoryUpdate> caused = new ArrayList<>();
        for (String family : families) {
            StoryState shared = own.get(family);
            long reported = reportedStories(family).size();
            for (String storyId : membersOf(family)) {
                StoryKey key = keys.get(storyId);
                StoryState effective;
                if (key.isSourced()) effective = own.get(storyId) == null ? null : fold.combine(key, own.get(storyId), shared);
                else effective = reported == 1 ? null : own.get(storyId); // absorbed by the family's only reported story
                StoryState before = published.get(storyId);
                TimelineEntry cause = causes.getOrDefault(storyId, key.isSourced() ? causes.get(family) : null);
                List<String> extra = retracted != null && before != null && before.articles().stream().anyMatch(a -> a.articleId().equals(retracted))
                        ? List.of("retracted article " + retracted) : List.of();
                StoryFold.Folded folded = fold.diff(before, effective, cause, at, extra);
                if (folded.state() == null || folded.state().isEmpty()) published.remove(storyId);
                else published.put(storyId, folded.state());
                folded.update().ifPresent(caused::add);
            }
        }
        updates.addAll(caused);
        return caused;
    }

    private List<String> membersOf(String family) {
        return keys.entrySet().stream().filter(e -> e.getValue().partitionKey().equals(family)).map(Map.Entry::getKey).toList();
    }

    public Map<String, StoryState> stories() { return Map.copyOf(published); }

    public Optional<StoryState> story(String storyId) { return Optional.ofNullable(published.get(storyId)); }

    /** Every update published so far, in publication order. */
    public List<StoryUpdate> updates() { return List.copyOf(updates); }

    /** The story a statement belongs to: its own, or for a statement naming no report, its family's only reported story. */
    public Optional<String> storyOf(String articleId, int ordinal) {
        return byArticle.getOrDefault(articleId, List.of()).stream()
                .filter(s -> s.statement().ordinal() == ordinal).findFirst().map(this::storyOf);
    }

    private String storyOf(StoryStatement s) {
        if (s.key().isSourced()) return s.storyId();
        List<String> reported = reportedStories(s.key().partitionKey());
        return reported.size() == 1 ? reported.get(0) : s.storyId();
    }

    private List<String> reportedStories(String family) {
        return membersOf(family).stream().filter(id -> keys.get(id).isSourced() && own.containsKey(id)).toList();
    }

    /** The statements a published story folds: its own and, for a reported story, its family's unsourced ones. */
    public List<StoryStatement> statementsOf(String storyId) {
        StoryKey key = keys.get(storyId);
        if (key == null) return List.of();
        return byArticle.values().stream().flatMap(List::stream)
                .filter(s -> s.storyId().equals(storyId) || (key.isSourced() && s.key().equals(key.family())))
                .toList();
    }

    /** The story as it stood at {@code time}: the fold over its statements published by then. */
    public Optional<StoryState> asOf(String storyId, Instant time) {
        StoryKey key = keys.get(storyId);
        return key == null ? Optional.empty() : fold.asOf(key, statementsOf(storyId), time);
    }
}
