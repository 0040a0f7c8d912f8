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
import org.storywire.extract.Stance;

/**
 * The event-sourced status fold (docs/story-model.md). Pure: {@link #apply} and
 * {@link #retract} take a state and return the next state and, when something visible changed, the
 * {@link StoryUpdate} to publish. Beside the state, each article of a story has an exact summary
 * ({@link ArticleLedger}, read through {@link StoryLedgers}, stored under its own key), so the result
 * is the same for the same set of statements whatever order they arrive in, and a statement costs
 * the same whatever the story's number of articles; only {@code version} (a count of published
 * updates) and which update carried which change depend on arrival.
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

    /**
     * The next state, the update to publish if any, the ledger of the statement's article to store
     * ({@code ledger}, null when nothing changed) and the writes to the story's copy index.
     */
    public record Folded(StoryState state, Optional<StoryUpdate> update, ArticleLedger ledger, List<CopyIndex.Write> copies) {
        Folded(StoryState state, Optional<StoryUpdate> update) { this(state, update, null, List.of()); }
    }

    /** Folds one statement into its story's state ({@code state} null for a story not seen yet). */
    public Folded apply(StoryState state, StoryLedgers ledgers, StoryStatement statement) {
        return applyAs(statement.key(), state, ledgers, null, statement);
    }

    /**
     * Folds a statement of a sourced story whose independent sources count its family's shared
     * responses too ({@code shared}, that part's ledgers): the story's copy index holds both parts'
     * ledgers merged article by article, as the story is published, so publishing it reads no ledger.
     */
    public Folded apply(StoryState state, StoryLedgers ledgers, StoryLedgers shared, StoryStatement statement) {
        return applyAs(statement.key(), state, ledgers, shared, statement);
    }

    /**
     * Folds a statement into the state of {@code key}, a story of the statement's family: a response
     * that names no report counts for every report of the event. Reads one ledger, that of the
     * statement's article, and when independent sources must be recounted, the story's copy index
     * where that article's sketch hashes and copy group are (a small story's ledgers instead).
     */
    public Folded applyAs(StoryKey key, StoryState state, StoryLedgers ledgers, StoryStatement statement) {
        return applyAs(key, state, ledgers, null, statement);
    }

    private Folded applyAs(StoryKey key, StoryState state, StoryLedgers ledgers, StoryLedgers shared, StoryStatement statement) {
        Objects.requireNonNull(statement, "statement");
        if (!key.family().equals(statement.key().family()) || (state != null && !state.storyId().equals(key.id()))) {
            throw new IllegalArgumentException("statement of " + statement.storyId() + " applied to " + key.id());
        }
        ArticleLedger ledger = ledgers.get(statement.articleId());
        if (ledger != null && ledger.contains(statement.statement().ordinal())) return new Folded(state, Optional.empty()); // redelivery
        ArticleLedger grown = (ledger != null ? ledger : ArticleLedger.empty(statement.article())).plus(statement);
        // Independent sources change only when an article arrives or its sketch changes; then the copy
        // index corrects the count by the copy groups this article touches, without reading other
        // ledgers (a story of fewer than CopyGroups.INDEXED_FROM articles is recounted over them).
        boolean recount = state == null || ledger == null || !grown.sketch().equals(ledger.sketch());
        Sources sources = sourcesOf(state);
        List<CopyIndex.Write> copies = List.of();
        if (recount) {
            // A story not folded yet has no copy index: nothing to read for its first article.
            CopyGroups groups = new CopyGroups(state == null ? CopyIndex.NONE : ledgers.copies());
            ArticleLedger alsoShared = shared == null ? null : shared.get(statement.articleId());
            sources = groups.update(sources, merged(ledger, alsoShared), merged(grown, alsoShared), () -> mergedAll(ledgers, shared));
            copies = groups.writes();
        }
        StoryState next = new StoryTally().add(state).add(statement, grown)
                .state(key, timelineLimit, sources, state == null ? 0 : state.version());
        Folded folded = diff(state, next, statement.timelineEntry(), statement.at(), List.of());
        return new Folded(folded.state(), folded.update(), grown, copies);
    }

    /**
     * A sourced story's own fold after its family's shared responses changed an article's ledger from
     * {@code before} to {@code after} (null: none): the same statements, its independent sources
     * corrected in its copy index by that article's merged ledger. {@code ledgers} and {@code shared}
     * are the two parts' ledgers with the shared part's change not yet applied or already applied
     * alike: only other articles' ledgers are read from them.
     */
    public Folded reshare(StoryKey key, StoryState state, StoryLedgers ledgers, StoryLedgers shared, ArticleLedger before, ArticleLedger after) {
        String articleId = (after != null ? after : before).articleId();
        // Sources follow the sketch and the outlet alone: the same sketch leaves the merged ledger's count as it was.
        if (before != null && after != null && before.sketch().equals(after.sketch())) return new Folded(state, Optional.empty());
        ArticleLedger own = ledgers.get(articleId);
        CopyGroups groups = new CopyGroups(ledgers.copies());
        Sources sources = groups.update(sourcesOf(state), merged(own, before), merged(own, after), () -> mergedAll(ledgers, shared));
        StoryState next = new StoryTally().add(state).state(key, timelineLimit, sources, state.version());
        return new Folded(next, Optional.empty(), null, groups.writes());
    }

    /** One article's ledgers in the two parts as one (null when it is in neither). */
    private static ArticleLedger merged(ArticleLedger own, ArticleLedger shared) {
        if (own == null) return shared;
        return shared == null ? own : ArticleLedger.merge(own, shared);
    }

    /** Every article of the story's own part and of the shared part ({@code shared} null: none), merged article by article. */
    private static List<ArticleLedger> mergedAll(StoryLedgers ledgers, StoryLedgers shared) {
        if (shared == null) return ledgers.all();
        Map<String, ArticleLedger> byArticle = new TreeMap<>();
        for (ArticleLedger a : ledgers.all()) byArticle.merge(a.articleId(), a, ArticleLedger::merge);
        for (ArticleLedger a : shared.all()) byArticle.merge(a.articleId(), a, ArticleLedger::merge);
        return new ArrayList<>(byArticle.values());
    }

    /**
     * Takes a retracted (or superseded) article's statements out of the story and recomputes it from
     * the other articles' ledgers (the caller deletes the article's ledger).
     */
    public Folded retract(StoryState state, StoryLedgers ledgers, StoryKey key, String articleId, Instant at) {
        return retract(state, ledgers, null, key, articleId, at);
    }

    /**
     * The same, for a sourced story whose sources count the family's shared responses ({@code shared}),
     * from which the article leaves too: the merged ledger leaves its copy index.
     */
    public Folded retract(StoryState state, StoryLedgers ledgers, StoryLedgers shared, StoryKey key, String articleId, Instant at) {
        ArticleLedger leaving = state == null ? null : ledgers.get(articleId);
        if (leaving == null) return new Folded(state, Optional.empty());
        List<ArticleLedger> rest = new ArrayList<>(ledgers.all());
        rest.removeIf(a -> a.articleId().equals(articleId));
        StoryTally tally = new StoryTally();
        rest.forEach(tally::add);
        tally.timeline(state.timeline().stream().filter(e -> !e.evidence().articleId().equals(articleId)).toList());
        CopyGroups groups = new CopyGroups(ledgers.copies());
        ArticleLedger alsoShared = shared == null ? null : shared.get(articleId);
        Sources sources = groups.update(sourcesOf(state), merged(leaving, alsoShared), null, () -> mergedAll(ledgers, shared));
        StoryState next = tally.state(key, timelineLimit, sources, state.version());
        Folded folded = diff(state, next, null, at, List.of("retracted article " + articleId));
        return new Folded(folded.state(), folded.update(), null, groups.writes());
    }

    /**
     * A sourced story as published: its own statements and its family's statements that name no
     * report. Positions, counts and timeline add up from the two states; independent sources are the
     * own fold's, which counts both parts' ledgers merged article by article (see
     * {@link #apply(StoryState, StoryLedgers, StoryLedgers, StoryStatement)} and {@link #reshare}), so
     * no ledger is read. Version 0: {@link #diff} against the published state sets it.
     */
    public StoryState combine(StoryKey key, StoryState own, StoryState shared) {
        return new StoryTally().add(own).add(shared).state(key, timelineLimit, sourcesOf(own), 0);
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
        if (changes.isEmpty()) return new Folded(after.withVersion(version), Optional.empty());
        StoryState versioned = after.withVersion(version + 1);
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
        LedgerMap ledgers = new LedgerMap();
        List<StoryStatement> known = statements.stream()
                .filter(s -> s.knownAt() == null || !s.knownAt().isAfter(time))
                .sorted(Comparator.comparing(StoryStatement::order))
                .toList();
        for (StoryStatement s : known) {
            Folded folded = applyAs(key, state, ledgers.of(key.id()), s);
            state = folded.state();
            if (folded.ledger() != null) {
                ledgers.record(key.id(), s.articleId(), folded.ledger());
                ledgers.record(key.id(), folded.copies());
            }
        }
        return Optional.ofNullable(state);
    }

    private static Sources sourcesOf(StoryState state) {
        return state == null ? Sources.NONE : new Sources(state.outlets(), state.independentSources(), state.outletCount());
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
}
