package org.storywire.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one article contributed to one story, summarised exactly: per party its latest position in
 * this article, the statement ordinals (for idempotence), the actors named, the earliest statement
 * (the story's title candidate) and a bottom-k sketch of the article's sentences (near-duplicate
 * detection). Its size grows with the parties and statements of one article, not with the story,
 * and dropping it is enough to retract the article exactly.
 */
public record ArticleLedger(
        String articleId,
        String outlet,
        String url,
        List<Integer> ordinals,
        List<Position> latestByParty,
        List<String> actors,
        TimelineEntry earliest,
        List<Long> sketch,
        Instant firstAt,
        Instant lastAt) {

    /** Sketch size: enough to tell a syndicated copy from an independent report. */
    static final int SKETCH = 48;

    public ArticleLedger {
        ordinals = List.copyOf(ordinals);
        latestByParty = List.copyOf(latestByParty);
        actors = List.copyOf(actors);
        sketch = List.copyOf(sketch);
    }

    static ArticleLedger empty(ArticleInfo article) {
        return new ArticleLedger(article.articleId(), article.outlet(), article.url(), List.of(), List.of(), List.of(), null, List.of(), null, null);
    }

    boolean contains(int ordinal) { return ordinals.contains(ordinal); }

    ArticleLedger plus(StoryStatement s) {
        TreeSet<Integer> nextOrdinals = new TreeSet<>(ordinals);
        nextOrdinals.add(s.statement().ordinal());

        Map<String, Position> byParty = new TreeMap<>();
        for (Position p : latestByParty) byParty.put(p.party(), p);
        if (s.takesPosition()) byParty.merge(s.party(), s.position(), Position::later);

        TreeSet<String> nextActors = new TreeSet<>(actors);
        nextActors.addAll(s.actors());

        TimelineEntry entry = s.timelineEntry();
        TimelineEntry nextEarliest = earliest == null || entry.order().compareTo(earliest.order()) < 0 ? entry : earliest;

        TreeSet<Long> nextSketch = new TreeSet<>(sketch);
        nextSketch.addAll(s.shingles());
        List<Long> bounded = new ArrayList<>(nextSketch).subList(0, Math.min(SKETCH, nextSketch.size()));

        Instant at = s.at();
        Instant first = firstAt == null || (at != null && at.isBefore(firstAt)) ? at : firstAt;
        Instant last = lastAt == null || (at != null && at.isAfter(lastAt)) ? at : lastAt;
        return new ArticleLedger(articleId, outlet, url, List.copyOf(nextOrdinals), List.copyOf(byParty.values()),
                List.copyOf(nextActors), nextEarliest, bounded, first, last);
    }

    int statementCount() { return ordinals.size(); }

    /** The union of two summaries of the same article (its statements in two stories of one family). */
    static ArticleLedger merge(ArticleLedger a, ArticleLedger b) {
        TreeSet<Integer> mergedOrdinals = new TreeSet<>(a.ordinals);
        mergedOrdinals.addAll(b.ordinals);
        Map<String, Position> byParty = new TreeMap<>();
        for (Position p : a.latestByParty) byParty.merge(p.party(), p, Position::later);
        for (Position p : b.latestByParty) byParty.merge(p.party(), p, Position::later);
        TreeSet<String> mergedActors = new TreeSet<>(a.actors);
        mergedActors.addAll(b.actors);
        TimelineEntry earliest = a.earliest == null ? b.earliest
                : b.earliest == null || a.earliest.order().compareTo(b.earliest.order()) <= 0 ? a.earliest : b.earliest;
        TreeSet<Long> mergedSketch = new TreeSet<>(a.sketch);
        mergedSketch.addAll(b.sketch);
        List<Long> bounded = new ArrayList<>(mergedSketch).subList(0, Math.min(SKETCH, mergedSketch.size()));
        Instant first = a.firstAt == null ? b.firstAt : b.firstAt == null || a.firstAt.isBefore(b.firstAt) ? a.firstAt : b.firstAt;
        Instant last = a.lastAt == null ? b.lastAt : b.lastAt == null || a.lastAt.isAfter(b.lastAt) ? a.lastAt : b.lastAt;
        return new ArticleLedger(a.articleId, a.outlet, a.url, List.copyOf(mergedOrdinals), List.copyOf(byParty.values()),
                List.copyOf(mergedActors), earliest, bounded, first, last);
    }

    /**
     * Two articles are copies of one text (syndicated agency copy, an update) when most of the smaller
     * sketch is in the other one. Independent reports of one quote share the quote, not the sentences
     * around it, so a handful of shared shingles is not enough.
     */
    static boolean isCopy(int sharedHashes, int smallerSketch) {
        return sharedHashes >= Shingles.MIN_SHARED && sharedHashes * 2 >= smallerSketch;
    }
}
