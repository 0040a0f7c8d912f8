package org.storywire.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Adds up a story's fields from its parts: a statement, an article's ledger or a whole story state.
 * Every field is a join (latest position per party, union of actors, earliest statement, first and
 * last time, sum of counts, the latest statements of the timeline), so adding a statement to a
 * story's state gives the same story as adding up all of its ledgers, in any order.
 */
final class StoryTally {
    private static final Comparator<Instant> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private final Map<String, Position> positions = new TreeMap<>();
    private final TreeSet<String> actors = new TreeSet<>();
    private final Map<String, String> unnamedOutlets = new TreeMap<>();
    /** Timelines added, each sorted in fold order, in the order they were added. */
    private final List<List<TimelineEntry>> timelines = new ArrayList<>();
    private TimelineEntry earliest;
    private Instant first;
    private Instant last;
    private long count;
    private Instant firstArticleAt;
    private String firstArticle;

    /** Everything of a story's state (its positions, counts and timeline stand for its ledgers). */
    StoryTally add(StoryState s) {
        if (s == null) return this;
        for (Position p : s.positions()) positions.merge(p.party(), p, Position::later);
        actors.addAll(s.actors());
        unnamedOutlets.putAll(s.unnamedOutlets());
        timelines.add(s.timeline());
        earliest(s.earliest());
        times(s.firstSeen(), s.lastUpdated());
        count += s.statementCount();
        firstArticle(s.firstSeen(), s.firstArticle());
        return this;
    }

    /** One statement, whose article's ledger is {@code ledger} once it is counted. */
    StoryTally add(StoryStatement s, ArticleLedger ledger) {
        if (s.takesPosition()) positions.merge(s.party(), s.position(), Position::later);
        actors.addAll(s.actors());
        if (ledger.outlet() == null) unnamedOutlets.put(ledger.articleId(), ledger.url());
        TimelineEntry entry = s.timelineEntry();
        timelines.add(List.of(entry));
        earliest(entry);
        times(s.at(), s.at());
        count++;
        firstArticle(ledger.firstAt(), ledger.articleId());
        return this;
    }

    /** One article's ledger (its statements reach the timeline through {@link #timeline}). */
    StoryTally add(ArticleLedger a) {
        for (Position p : a.latestByParty()) positions.merge(p.party(), p, Position::later);
        actors.addAll(a.actors());
        if (a.outlet() == null) unnamedOutlets.put(a.articleId(), a.url());
        earliest(a.earliest());
        times(a.firstAt(), a.lastAt());
        count += a.statementCount();
        firstArticle(a.firstAt(), a.articleId());
        return this;
    }

    /** Entries sorted in fold order (a story's timeline, or part of it). */
    StoryTally timeline(List<TimelineEntry> entries) {
        timelines.add(entries);
        return this;
    }

    long count() { return count; }

    StoryState state(StoryKey key, int timelineLimit, Sources sources, long version) {
        List<TimelineEntry> all = List.of();
        for (List<TimelineEntry> t : timelines) all = merged(all, t, TimelineEntry.FOLD_ORDER);
        List<TimelineEntry> bounded = all.size() > timelineLimit ? all.subList(all.size() - timelineLimit, all.size()) : all;
        List<Position> positionList = List.copyOf(positions.values());
        // Only the listed sources are named: an article without an outlet would otherwise add an entry for good.
        unnamedOutlets.keySet().retainAll(sources.outlets().keySet());
        return new StoryState(key.id(), StoryTitle.of(earliest), key.frame(), List.copyOf(actors), StoryFold.status(positionList), positionList,
                bounded, count - bounded.size(), count, sources.outlets(), sources.independent(), first, last, version,
                earliest, firstArticle, unnamedOutlets, sources.outletCount());
    }

    /**
     * Two timelines sorted by {@code order} as one, {@code a}'s entries before {@code b}'s of the same order
     * (what a stable sort of the two, one after the other, gives). A statement's one entry goes to its
     * place found by binary search: a statement does not compare or sort the story's timeline.
     */
    static List<TimelineEntry> merged(List<TimelineEntry> a, List<TimelineEntry> b, Comparator<TimelineEntry> order) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        List<TimelineEntry> out = new ArrayList<>(a.size() + b.size());
        if (b.size() == 1) {
            int at = after(a, b.get(0), order);
            out.addAll(a.subList(0, at));
            out.add(b.get(0));
            out.addAll(a.subList(at, a.size()));
            return out;
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            out.add(order.compare(b.get(j), a.get(i)) < 0 ? b.get(j++) : a.get(i++));
        }
        out.addAll(a.subList(i, a.size()));
        out.addAll(b.subList(j, b.size()));
        return out;
    }

    /** The place in {@code sorted} after every entry that does not come after {@code e}. */
    private static int after(List<TimelineEntry> sorted, TimelineEntry e, Comparator<TimelineEntry> order) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (order.compare(sorted.get(mid), e) <= 0) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    private void earliest(TimelineEntry e) {
        if (e != null && (earliest == null || e.order().compareTo(earliest.order()) < 0)) earliest = e;
    }

    private void times(Instant from, Instant to) {
        if (from != null && (first == null || from.isBefore(first))) first = from;
        if (to != null && (last == null || to.isAfter(last))) last = to;
    }

    /** The earliest article by its first statement time (unknown times last), then by id. */
    private void firstArticle(Instant at, String articleId) {
        if (articleId == null) return;
        int byTime = firstArticle == null ? -1 : NULLS_LAST.compare(at, firstArticleAt);
        if (byTime < 0 || (byTime == 0 && articleId.compareTo(firstArticle) < 0)) {
            firstArticleAt = at;
            firstArticle = articleId;
        }
    }
}
