package org.storywire.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storywire.extract.Stance;

/**
 * The event-sourced status fold (docs/story-model.md). Pure: {@link #apply} and
 * {@link #retract} take a state and return the next state and, when something visible changed, the
 * {@link StoryUpdate} to publish. The state keeps an exact per-article summary, so the result is
 * the same for the same set of statements whatever order they arrive in; only {@code version} (a
 * count of published updates) and which update carried which change depend on arrival.
 */
public final class StoryFold {

    /** The default bound on a story's timeline. */
    public static final int DEFAULT_TIMELINE_LIMIT = 200;

    private final int timelineLimit;

    public StoryFold(int timelineLimit) {
        if (timelineLimit < 1) throw new IllegalArgumentException("timeline limit must be positive");
        this.timelineLimit = timelineLimit;
    }

    public StoryFold() { this(DEFAULT_TIMELINE_LIMIT); }

    /** The next state and the update to publish, if any. */
    public record Folded(StoryState state, Optional<StoryUpdate> update) {}

    /** Folds one statement into its story's state ({@code state} null for a story not seen yet). */
    public Folded apply(StoryState state, StoryStatement statement) {
        return applyAs(statement.key(), state, statement);
    }

    /**
     * Folds a statement into the state of {@code key}, a story of the statement's family: a response
     * that names no report counts for every report of the event.
     */
    public Folded applyAs(StoryKey key, StoryState state, StoryStatement statement) {
        Objects.requireNonNull(statement, "statement");
        if (!key.family().equals(statement.key().family()) || (state != null && !state.storyId().equals(key.id()))) {
            throw new IllegalArgumentException("statement of " + statement.storyId() + " applied to " + key.id());
        }
        List<ArticleLedger> articles = new ArrayList<>(state == null ? List.of() : state.articles());
        int index = indexOf(articles, statement.articleId());
        ArticleLedger ledger = index >= 0 ? articles.get(index) : ArticleLedger.empty(statement.article());
        if (ledger.contains(statement.statement().ordinal())) return new Folded(state, Optional.empty()); // redelivery
        ArticleLedger grown = ledger.plus(statement);
        if (index >= 0) articles.set(index, grown);
        else articles.add(grown);
        // Independent sources change only when an article arrives or its sketch changes; most statements
        // of a long story add to an article already counted, and recounting would cost a pass over all.
        Sources sources = index >= 0 && grown.sketch().equals(ledger.sketch()) ? new Sources(state.outlets(), state.independentSources()) : null;

        List<TimelineEntry> timeline = new ArrayList<>(state == null ? List.of() : state.timeline());
        timeline.add(statement.timelineEntry());
        StoryState next = derive(key, state, articles, timeline, sources);
        return diff(state, next, statement.timelineEntry(), statement.at(), List.of());
    }

    /** Takes a retracted (or superseded) article's statements out of the story and recomputes it. */
    public Folded retract(StoryState state, StoryKey key, String articleId, Instant at) {
        if (state == null || indexOf(state.articles(), articleId) < 0) return new Folded(state, Optional.empty());
        List<ArticleLedger> articles = new ArrayList<>(state.articles());
        articles.remove(indexOf(articles, articleId));
        List<TimelineEntry> timeline = state.timeline().stream().filter(e -> !e.evidence().articleId().equals(articleId)).toList();
        StoryState next = derive(key, state, articles, timeline, null);
        return diff(state, next, null, at, List.of("retracted article " + articleId));
    }

    /**
     * A sourced story as published: its own statements and its family's statements that name no
     * report, merged article by article. Version 0: {@link #diff} against the published state sets it.
     */
    public StoryState combine(StoryKey key, StoryState own, StoryState shared) {
        Map<String, ArticleLedger> byArticle = new TreeMap<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        for (StoryState part : new StoryState[] {own, shared}) {
            if (part == null) continue;
            for (ArticleLedger a : part.articles()) byArticle.merge(a.articleId(), a, ArticleLedger::merge);
            timeline.addAll(part.timeline());
        }
        return derive(key, null, new ArrayList<>(byArticle.values()), timeline, null);
    }

    /**
     * Compares a story before and after a change: when status, a position or the independent-source
     * count changed (or {@code extraChanges} says so), the new state gets the next version and an
     * update is due; otherwise the state keeps its version and nothing is published.
     */
    public Folded diff(StoryState before, StoryState after, TimelineEntry cause, Instant at, List<String> extraChanges) {
        long version = before == null ? 0 : before.version();
        if (after == null || after.isEmpty()) {
            if (before == null) return new Folded(after, Optional.empty());
            List<String> changes = new ArrayList<>(extraChanges);
            changes.add("story emptied");
            return new Folded(after, Optional.of(new StoryUpdate(before.storyId(), version + 1, before.title(), StoryStatus.UNCONFIRMED,
                    before.status(), changes, cause, at != null ? at : before.lastUpdated())));
        }
        List<String> changes = new ArrayList<>(extraChanges);
        changes.addAll(changes(before, after));
        if (before == null) changes.add(0, "new story");
        if (changes.isEmpty()) return new Folded(withVersion(after, version), Optional.empty());
        StoryState versioned = withVersion(after, version + 1);
        Instant when = at != null ? at : versioned.lastUpdated();
        return new Folded(versioned, Optional.of(new StoryUpdate(versioned.storyId(), versioned.version(), versioned.title(),
                versioned.status(), before == null ? null : before.status(), changes, cause, when)));
    }

    /**
     * Story {@code key} as it stood at {@code time}: the same fold over the statements (its own and its
     * family's unsourced ones) whose article was published by then. Empty when none was.
     */
    public Optional<StoryState> asOf(StoryKey key, Collection<StoryStatement> statements, Instant time) {
        StoryState state = null;
        List<StoryStatement> known = statements.stream()
                .filter(s -> s.knownAt() == null || !s.knownAt().isAfter(time))
                .sorted(Comparator.comparing(StoryStatement::order))
                .toList();
        for (StoryStatement s : known) state = applyAs(key, state, s).state();
        return Optional.ofNullable(state);
    }

    private StoryState derive(StoryKey key, StoryState before, List<ArticleLedger> articles, List<TimelineEntry> timeline, Sources known) {
        articles.sort(ArticleLedger.BY_ID);
        Map<String, Position> positions = new TreeMap<>();
        TreeSet<String> actors = new TreeSet<>();
        TimelineEntry earliest = null;
        Instant first = null;
        Instant last = null;
        long count = 0;
        for (ArticleLedger a : articles) {
            for (Position p : a.latestByParty()) positions.merge(p.party(), p, Position::later);
            actors.addAll(a.actors());
            if (a.earliest() != null && (earliest == null || a.earliest().order().compareTo(earliest.order()) < 0)) earliest = a.earliest();
            if (a.firstAt() != null && (first == null || a.firstAt().isBefore(first))) first = a.firstAt();
            if (a.lastAt() != null && (last == null || a.lastAt().isAfter(last))) last = a.lastAt();
            count += a.statementCount();
        }
        List<TimelineEntry> bounded = new ArrayList<>(timeline);
        bounded.sort(Comparator.comparing(TimelineEntry::order));
        if (bounded.size() > timelineLimit) bounded = new ArrayList<>(bounded.subList(bounded.size() - timelineLimit, bounded.size()));
        List<Position> positionList = List.copyOf(positions.values());
        Sources sources = known != null ? known : Sources.of(articles);
        return new StoryState(key.id(), title(earliest), key.frame(), List.copyOf(actors), status(positionList), positionList, bounded,
                count - bounded.size(), count, sources.outlets(), sources.independent(), first, last,
                before == null ? 0 : before.version(), articles);
    }

    /** DENIED when a party's latest position is a denial; else CLAIMED when one claims or confirms; else UNCONFIRMED. */
    static StoryStatus status(List<Position> positions) {
        boolean claimed = false;
        for (Position p : positions) {
            if (p.standing() != Standing.PARTY) continue;
            if (p.stance() == Stance.DENIAL) return StoryStatus.DENIED;
            if (p.stance() == Stance.CLAIM || p.stance() == Stance.CONFIRMATION) claimed = true;
        }
        return claimed ? StoryStatus.CLAIMED : StoryStatus.UNCONFIRMED;
    }

    private static String title(TimelineEntry earliest) {
        if (earliest == null) return "";
        String text = earliest.evidence().sentence().strip();
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }

    private static List<String> changes(StoryState before, StoryState after) {
        List<String> changes = new ArrayList<>();
        if (before == null) return changes;
        if (before.status() != after.status()) changes.add("status " + before.status() + " -> " + after.status());
        for (Position p : after.positions()) {
            Optional<Position> was = before.positionOf(p.party());
            if (was.isEmpty()) changes.add("position of " + p.party() + ": " + p.stance() + " (" + p.standing() + ")");
            else if (was.get().stance() != p.stance() || was.get().standing() != p.standing()) {
                changes.add("position of " + p.party() + ": " + was.get().stance() + " -> " + p.stance());
            }
        }
        for (Position p : before.positions()) {
            if (after.positionOf(p.party()).isEmpty()) changes.add("position of " + p.party() + " withdrawn");
        }
        if (before.independentSources() != after.independentSources()) {
            changes.add("independent sources " + before.independentSources() + " -> " + after.independentSources());
        }
        return changes;
    }

    private static StoryState withVersion(StoryState s, long version) {
        return new StoryState(s.storyId(), s.title(), s.event(), s.actors(), s.status(), s.positions(), s.timeline(), s.timelineDropped(),
                s.statementCount(), s.outlets(), s.independentSources(), s.firstSeen(), s.lastUpdated(), version, s.articles());
    }

    private static int indexOf(List<ArticleLedger> articles, String articleId) {
        for (int i = 0; i < articles.size(); i++) if (articles.get(i).articleId().equals(articleId)) return i;
        return -1;
    }
}
