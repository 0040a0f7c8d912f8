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
 * <p>Each story key has its own fold state. A story about a named report (Washington Post: "they
 * spoke") is published merged with its family's responses that name no report (the Kremlin in
 * another article: "there was no call"; a spokesman declining to comment), because a denial,
 * confirmation or refusal answers every report of that event among those sides. Claims that name no
 * report are a story of their own ("Putin congratulated Trump" is not Verstka's story that the
 * elites did). The family's unsourced story is published unless it holds only responses and the
 * family has exactly one reported story, which then owns them; {@link #storyOf} answers the same.
 */
public final class StoryBook {

    private final StoryGrouper grouper;
    private final StoryFold fold;
    private final Map<String, List<StoryStatement>> byArticle = new LinkedHashMap<>();
    private final Map<String, StoryKey> keys = new TreeMap<>();
    private final Map<String, StoryState> own = new TreeMap<>();
    private final Map<String, StoryState> responses = new TreeMap<>();
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
            if (isSharedResponse(s)) responses.put(s.storyId(), fold.apply(responses.get(s.storyId()), s).state());
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
            retractFrom(own, s, articleId, at);
            retractFrom(responses, s, articleId, at);
        }
        return refresh(families, Map.of(), at, articleId);
    }

    private void retractFrom(Map<String, StoryState> states, StoryStatement s, String articleId, Instant at) {
        StoryState after = fold.retract(states.get(s.storyId()), s.key(), articleId, at).state();
        if (after == null || after.isEmpty()) states.remove(s.storyId());
        else states.put(s.storyId(), after);
    }

    /** A denial, confirmation or refusal that names no report answers every report of its family. */
    private static boolean isSharedResponse(StoryStatement s) {
        return !s.key().isSourced() && s.statement().stance() != org.storywire.extract.Stance.CLAIM;
    }

    /** Recomputes the published stories of the given families and collects the updates due. */
    private List<StoryUpdate> refresh(Set<String> families, Map<String, TimelineEntry> causes, Instant at, String retracted) {
        List<StoryUpdate> caused = new ArrayList<>();
        for (String family : families) {
            StoryState shared = responses.get(family);
            boolean absorbed = isAbsorbed(family);
            for (String storyId : membersOf(family)) {
                StoryKey key = keys.get(storyId);
                StoryState effective;
                if (key.isSourced()) effective = own.get(storyId) == null ? null : fold.combine(key, own.get(storyId), shared);
                else effective = absorbed ? null : own.get(storyId);
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
        String family = s.key().partitionKey();
        return !s.key().isSourced() && isAbsorbed(family) ? reportedStories(family).get(0) : s.storyId();
    }

    /** The family's unsourced story holds only responses, and there is exactly one reported story to own them. */
    private boolean isAbsorbed(String family) {
        StoryState unsourced = own.get(family);
        StoryState shared = responses.get(family);
        boolean onlyResponses = unsourced != null && shared != null && shared.statementCount() == unsourced.statementCount();
        return onlyResponses && reportedStories(family).size() == 1;
    }

    private List<String> reportedStories(String family) {
        return membersOf(family).stream().filter(id -> keys.get(id).isSourced() && own.containsKey(id)).toList();
    }

    /** The statements a published story folds: its own and, for a reported story, its family's unsourced responses. */
    public List<StoryStatement> statementsOf(String storyId) {
        StoryKey key = keys.get(storyId);
        if (key == null) return List.of();
        return byArticle.values().stream().flatMap(List::stream)
                .filter(s -> s.storyId().equals(storyId) || (key.isSourced() && s.key().equals(key.family()) && isSharedResponse(s)))
                .toList();
    }

    /** The story as it stood at {@code time}: the fold over its statements published by then. */
    public Optional<StoryState> asOf(String storyId, Instant time) {
        StoryKey key = keys.get(storyId);
        return key == null ? Optional.empty() : fold.asOf(key, statementsOf(storyId), time);
    }
}
