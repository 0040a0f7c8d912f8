package org.storywire.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storywire.extract.Stance;

/**
 * The fold state of one partition key ({@link StoryKey#partitionKey()}): every story of one event
 * among the same sides, whoever reported it. A plain value, so that the topology can keep it in a
 * state store keyed by the partition key; {@link #apply} and {@link #retract} return the next value
 * and the updates to publish.
 *
 * <p>A story about a named report (Washington Post: "they spoke") is published merged with the
 * family's responses that name no report (the Kremlin in another article: "there was no call"; a
 * spokesman declining to comment): a denial, confirmation or refusal answers every report of that
 * event among those sides. Claims that name no report are a story of their own ("Putin congratulated
 * Trump" is not Verstka's story that the elites did). The unsourced story is published unless it
 * holds only responses and the family has exactly one reported story, which then owns them.
 *
 * @param keys      every story key of the family, by story id
 * @param own       each story's fold over its own statements, by story id
 * @param responses the fold over the family's unsourced responses (null when there are none)
 * @param published each story as published, by story id
 */
public record StoryFamily(String familyId, Map<String, StoryKey> keys, Map<String, StoryState> own, StoryState responses,
                          Map<String, StoryState> published) {

    public StoryFamily {
        keys = sorted(keys);
        own = sorted(own);
        published = sorted(published);
    }

    /** The ledger part of the family's shared responses: no story id contains a control character. */
    public static final String RESPONSES = "\u0001responses";

    public static StoryFamily empty(String familyId) {
        return new StoryFamily(familyId, Map.of(), Map.of(), null, Map.of());
    }

    /** The next family value, the updates due and the ledgers and copy indexes to store (by part: story id or {@link #RESPONSES}). */
    public record Result(StoryFamily family, List<StoryUpdate> updates, List<LedgerChange> ledgers, List<CopyChange> copies) {}

    /**
     * Folds statements of this family (typically those of one article) and returns the updates due.
     * Only the stories a statement changed are published again, or every story when the shared
     * responses changed or the unsourced story was absorbed or released.
     */
    public Result apply(StoryFold fold, FamilyLedgers ledgers, List<StoryStatement> statements, Instant at) {
        LedgerOverlay written = new LedgerOverlay(ledgers);
        Map<String, StoryKey> nextKeys = new TreeMap<>(keys);
        Map<String, StoryState> nextOwn = new TreeMap<>(own);
        StoryState nextResponses = responses;
        Map<String, TimelineEntry> causes = new HashMap<>();
        Set<String> changed = new HashSet<>();
        for (StoryStatement s : statements) {
            if (!s.key().partitionKey().equals(familyId)) throw new IllegalArgumentException(s.storyId() + " is not of family " + familyId);
            nextKeys.put(s.storyId(), s.key());
            // A sourced story counts its sources over its own and the shared responses' ledgers, as it is published.
            StoryLedgers alsoCounted = s.key().isSourced() && nextResponses != null ? written.of(RESPONSES) : null;
            StoryFold.Folded mine = fold.apply(nextOwn.get(s.storyId()), written.of(s.storyId()), alsoCounted, s);
            if (mine.ledger() != null) {
                written.write(s.storyId(), s.articleId(), mine.ledger());
                written.write(s.storyId(), mine.copies());
                nextOwn.put(s.storyId(), mine.state());
                changed.add(s.storyId());
            }
            if (isSharedResponse(s)) {
                ArticleLedger before = written.of(RESPONSES).get(s.articleId());
                StoryFold.Folded shared = fold.apply(nextResponses, written.of(RESPONSES), s);
                if (shared.ledger() != null) {
                    written.write(RESPONSES, s.articleId(), shared.ledger());
                    written.write(RESPONSES, shared.copies());
                    nextResponses = shared.state();
                    changed.add(RESPONSES);
                    reshare(fold, nextKeys, nextOwn, written, before, shared.ledger());
                }
            }
            causes.put(s.storyId(), s.timelineEntry());
        }
        return new StoryFamily(familyId, nextKeys, nextOwn, nextResponses, published)
                .publish(fold, written, causes, at, null, changed, isAbsorbed());
    }

    /** Corrects every sourced story's sources for an article whose shared-response ledger went from {@code before} to {@code after}. */
    private static void reshare(StoryFold fold, Map<String, StoryKey> keys, Map<String, StoryState> own, LedgerOverlay written,
                                ArticleLedger before, ArticleLedger after) {
        for (var story : own.entrySet()) {
            StoryKey key = keys.get(story.getKey());
            if (!key.isSourced()) continue;
            StoryFold.Folded folded = fold.reshare(key, story.getValue(), written.of(story.getKey()), written.of(RESPONSES), before, after);
            written.write(story.getKey(), folded.copies());
            story.setValue(folded.state());
        }
    }

    /** Takes a retracted article's statements out of every story of the family (and its ledgers out of the store). */
    public Result retract(StoryFold fold, FamilyLedgers ledgers, String articleId, Instant at) {
        LedgerOverlay written = new LedgerOverlay(ledgers);
        Set<String> had = new HashSet<>();
        Map<String, StoryState> nextOwn = new TreeMap<>();
        ArticleLedger sharedLeaving = responses == null ? null : ledgers.of(RESPONSES).get(articleId);
        own.forEach((id, state) -> {
            StoryLedgers part = ledgers.of(id);
            StoryLedgers alsoCounted = keys.get(id).isSourced() && responses != null ? ledgers.of(RESPONSES) : null;
            if (part.get(articleId) == null) {
                if (alsoCounted == null || sharedLeaving == null) {
                    nextOwn.put(id, state);
                    return;
                }
                // Not among its own articles, but among the shared responses its sources count.
                StoryFold.Folded out = fold.reshare(keys.get(id), state, part, alsoCounted, sharedLeaving, null);
                written.write(id, out.copies());
                nextOwn.put(id, out.state());
                return;
            }
            had.add(id);
            StoryFold.Folded out = fold.retract(state, part, alsoCounted, keys.get(id), articleId, at);
            StoryState after = out.state();
            written.write(id, articleId, null);
            written.write(id, out.copies());
            if (after != null && !after.isEmpty()) nextOwn.put(id, after);
        });
        StoryState nextResponses = responses;
        if (responses != null && ledgers.of(RESPONSES).get(articleId) != null) {
            had.add(RESPONSES);
            StoryFold.Folded out = fold.retract(responses, ledgers.of(RESPONSES), keys.get(familyId), articleId, at);
            nextResponses = out.state();
            written.write(RESPONSES, articleId, null);
            written.write(RESPONSES, out.copies());
            if (nextResponses != null && nextResponses.isEmpty()) nextResponses = null;
        }
        return new StoryFamily(familyId, keys, nextOwn, nextResponses, published)
                .publish(fold, written, Map.of(), at, articleId, had, isAbsorbed());
    }

    /** The story a statement of this family belongs to: its own, or the family's only reported story for an absorbed response. */
    public String storyOf(StoryStatement s) {
        return !s.key().isSourced() && isAbsorbed() ? reportedStories().get(0) : s.storyId();
    }

    public boolean isEmpty() { return own.isEmpty(); }

    /**
     * The statements a published story folds, out of all of its family's statements: its own and, for
     * a reported story, the family's unsourced responses.
     */
    public static List<StoryStatement> statementsOf(StoryKey key, String storyId, java.util.Collection<StoryStatement> familyStatements) {
        return familyStatements.stream()
                .filter(s -> s.storyId().equals(storyId) || (key.isSourced() && s.key().equals(key.family()) && isSharedResponse(s)))
                .toList();
    }

    /** Whether a statement counts for every reported story of its family. */
    public static boolean isSharedResponse(StoryStatement s) {
        return !s.key().isSourced() && s.statement().stance() != Stance.CLAIM;
    }

    /**
     * Publishes again the stories whose fold {@code changed} (every story after a retraction, a change
     * of the shared responses or of absorption: the others' published state is what they would get).
     * {@code retracted} names the article just taken out, if any.
     */
    private Result publish(StoryFold fold, LedgerOverlay ledgers, Map<String, TimelineEntry> causes, Instant at, String retracted,
                           Set<String> changed, boolean wasAbsorbed) {
        boolean absorbed = isAbsorbed();
        boolean everyStory = retracted != null || absorbed != wasAbsorbed || changed.contains(RESPONSES);
        Map<String, StoryState> nextPublished = new TreeMap<>(published);
        List<StoryUpdate> updates = new ArrayList<>();
        for (var entry : keys.entrySet()) {
            String storyId = entry.getKey();
            if (!everyStory && !changed.contains(storyId)) continue;
            StoryKey key = entry.getValue();
            StoryState mine = own.get(storyId);
            StoryState before = published.get(storyId);
            StoryState effective;
            if (key.isSourced()) {
                effective = mine == null ? null : fold.combine(key, mine, responses);
            } else {
                effective = absorbed ? null : mine;
            }
            TimelineEntry cause = causes.getOrDefault(storyId, key.isSourced() ? causes.get(familyId) : null);
            boolean hadRetracted = changed.contains(storyId) || (key.isSourced() && changed.contains(RESPONSES));
            List<String> extra = retracted != null && before != null && hadRetracted ? List.of("retracted article " + retracted) : List.of();
            StoryFold.Folded folded = fold.diff(before, effective, cause, at, extra);
            if (folded.state() == null || folded.state().isEmpty()) nextPublished.remove(storyId);
            else nextPublished.put(storyId, folded.state());
            folded.update().ifPresent(updates::add);
        }
        Map<String, StoryKey> liveKeys = new TreeMap<>(keys);
        liveKeys.keySet().removeIf(id -> !own.containsKey(id));
        return new Result(new StoryFamily(familyId, liveKeys, own, responses, nextPublished), List.copyOf(updates), ledgers.changes(), ledgers.copyChanges());
    }

    private boolean isAbsorbed() {
        StoryState unsourced = own.get(familyId);
        boolean onlyResponses = unsourced != null && responses != null && responses.statementCount() == unsourced.statementCount();
        return onlyResponses && reportedStories().size() == 1;
    }

    private List<String> reportedStories() {
        return keys.entrySet().stream().filter(e -> e.getValue().isSourced() && own.containsKey(e.getKey())).map(Map.Entry::getKey).toList();
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
