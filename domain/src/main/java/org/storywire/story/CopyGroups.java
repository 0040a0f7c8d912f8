package org.storywire.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Independent sources kept up to date one article at a time, always equal to {@link Sources#of} over
 * all of the story's ledgers. The nodes of the copy graph are sketch classes ({@link SketchClass}):
 * the articles of one sketch, with a count of them per source. When an article arrives, changes its
 * sketch or leaves, it joins or leaves its class; only a class that gains its first article or loses
 * its last reads the holders of its sketch hashes and relinks its copies. Then the count is corrected
 * by the groups (components of classes) it changed: a story of thousands of independent reports
 * costs what a story of one does, where the full recount read every ledger and compared every shared
 * hash, and so does the thousandth wire copy of one text (its class is one node, whatever its size).
 * Writes stay pending in this object (and are read back by it) until the caller stores them.
 */
final class CopyGroups {
    /**
     * Stories of fewer articles are recounted over their ledgers: that reads a handful of ledgers, where
     * keeping their index reads and writes an entry per sketch hash, and most stories never grow past
     * one or two articles. At this size a story's index is built from its ledgers, once.
     */
    static final int INDEXED_FROM = 16;

    private final CopyIndex stored;
    private final int indexedFrom;
    private final Map<String, CopyEntry> written = new LinkedHashMap<>(); // a null value: deleted
    /** Entries read from the store, each once: an article's hashes are read to find its copies and again to rewrite them. */
    private final Map<String, CopyEntry> fetched = new HashMap<>();
    /** A listed source was dropped from a full list: the list must be made again from the ledgers. */
    private boolean relist;

    CopyGroups(CopyIndex stored) {
        this(stored, INDEXED_FROM);
    }

    CopyGroups(CopyIndex stored, int indexedFrom) {
        this.stored = stored;
        this.indexedFrom = indexedFrom;
    }

    /**
     * The sources after {@code before} (null: the article is new) became {@code after} (null: it left);
     * {@code ledgers} gives the story's ledgers as they were, read only while the story has no index.
     */
    Sources update(Sources current, ArticleLedger before, ArticleLedger after, Supplier<List<ArticleLedger>> ledgers) {
        if (read(CopyIndex.INDEXED_KEY) != null) {
            Sources next = updateIndex(current, before, after);
            if (!relist) return next;
            // A listed source left a full list: the next one by name is in no entry this article touched.
            Sources recounted = Sources.of(ledgersAfter(before, after, ledgers));
            return new Sources(recounted.outlets(), next.independent(), next.outletCount());
        }
        List<ArticleLedger> all = ledgersAfter(before, after, ledgers);
        if (all.size() < indexedFrom) return Sources.of(all);
        Sources built = Sources.NONE;
        for (ArticleLedger article : all) built = updateIndex(built, null, article);
        write(CopyIndex.INDEXED_KEY, CopyEntry.INDEXED);
        return built;
    }

    private static List<ArticleLedger> ledgersAfter(ArticleLedger before, ArticleLedger after, Supplier<List<ArticleLedger>> ledgers) {
        String id = (after != null ? after : before).articleId();
        List<ArticleLedger> all = new ArrayList<>(ledgers.get());
        all.removeIf(a -> a.articleId().equals(id));
        if (after != null) all.add(after);
        return all;
    }

    private Sources updateIndex(Sources current, ArticleLedger before, ArticleLedger after) {
        String id = (after != null ? after : before).articleId();
        String from = before == null ? null : SketchClass.of(id, before.sketch());
        String to = after == null ? null : SketchClass.of(id, after.sketch());
        String sourceBefore = before == null ? null : Sources.sourceOf(before);
        String sourceAfter = after == null ? null : Sources.sourceOf(after);
        if (Objects.equals(from, to) && Objects.equals(sourceBefore, sourceAfter)) return current;
        // A class is a node of the copy graph while it has articles: `from` loses its node when this
        // article was its last, `to` gets one when it has none, linked to the classes it is a copy of.
        boolean leaves = from != null && !from.equals(to) && onlyArticleOf(from, sourceBefore);
        List<String> fromCopies = leaves ? read(CopyIndex.classKey(from)).copies() : List.of();
        boolean arrives = to != null && read(CopyIndex.classKey(to)) == null;
        Set<String> newCopies = arrives ? copiesOf(after.sketch(), leaves ? from : null) : Set.of();

        Set<String> touched = new TreeSet<>(newCopies);
        if (from != null) touched.add(from);
        if (to != null) touched.add(to);
        List<Set<String>> groupsBefore = sourcesOfGroups(touched);

        if (from != null) leave(from, sourceBefore, leaves ? before.sketch() : null, fromCopies);
        if (to != null) join(to, sourceAfter, arrives ? after.sketch() : null, newCopies);

        touched.addAll(fromCopies);
        List<Set<String>> groupsAfter = sourcesOfGroups(touched);

        Map<String, Integer> change = new TreeMap<>();
        for (Set<String> sources : groupsBefore) for (String source : sources) change.merge(source, -1, Integer::sum);
        for (Set<String> sources : groupsAfter) for (String source : sources) change.merge(source, 1, Integer::sum);
        return recount(current, change, current.independent() - groupsBefore.size() + groupsAfter.size());
    }

    private boolean onlyArticleOf(String sketchClass, String source) {
        return read(CopyIndex.classKey(sketchClass)).sources().equals(List.of(source))
                && read(CopyIndex.memberKey(sketchClass, source)).count() == 1;
    }

    /** Takes an article of {@code source} out of its class; {@code sketch} non-null: it was the last, the class goes. */
    private void leave(String sketchClass, String source, List<Long> sketch, List<String> copies) {
        String members = CopyIndex.memberKey(sketchClass, source);
        int left = read(members).count() - 1;
        write(members, left == 0 ? null : CopyEntry.count(left));
        String key = CopyIndex.classKey(sketchClass);
        if (sketch != null) {
            rewriteHolders(sketchClass, sketch, List.of());
            for (String other : copies) relink(other, sketchClass, false);
            write(key, null);
        } else if (left == 0) {
            CopyEntry node = read(key);
            List<String> sources = new ArrayList<>(node.sources());
            sources.remove(source);
            write(key, CopyEntry.sketchClass(node.sketchSize(), sources, node.copies()));
        }
    }

    /** Puts an article of {@code source} into its class; {@code sketch} non-null: the class is new, a copy of {@code copies}. */
    private void join(String sketchClass, String source, List<Long> sketch, Set<String> copies) {
        String key = CopyIndex.classKey(sketchClass);
        CopyEntry node;
        if (sketch != null) {
            rewriteHolders(sketchClass, List.of(), sketch);
            for (String other : copies) relink(other, sketchClass, true);
            node = CopyEntry.sketchClass(sketch.size(), List.of(), List.copyOf(new TreeSet<>(copies)));
        } else {
            node = read(key);
        }
        String members = CopyIndex.memberKey(sketchClass, source);
        CopyEntry was = read(members);
        write(members, CopyEntry.count(was == null ? 1 : was.count() + 1));
        if (was == null) {
            TreeSet<String> sources = new TreeSet<>(node.sources());
            sources.add(source);
            node = CopyEntry.sketchClass(node.sketchSize(), List.copyOf(sources), node.copies());
        }
        if (sketch != null || was == null) write(key, node);
    }

    /**
     * Applies the change in each source's group count to its own entry and to the listed sources
     * (the first {@link Sources#LISTED} by name): a new source enters the list when it sorts before
     * its last one. A source leaving a full list sets {@link #relist}.
     */
    private Sources recount(Sources current, Map<String, Integer> change, int independent) {
        TreeMap<String, Integer> listed = new TreeMap<>(current.outlets());
        boolean full = listed.size() >= Sources.LISTED;
        int count = current.outletCount();
        for (Map.Entry<String, Integer> c : change.entrySet()) {
            if (c.getValue() == 0) continue;
            String source = c.getKey();
            CopyEntry entry = read(CopyIndex.sourceKey(source));
            int was = entry == null ? 0 : entry.count();
            int now = was + c.getValue();
            write(CopyIndex.sourceKey(source), now == 0 ? null : CopyEntry.count(now));
            if (was == 0) count++;
            if (now == 0) {
                count--;
                if (listed.remove(source) != null && full) relist = true;
            } else if (listed.containsKey(source) || listed.size() < Sources.LISTED || source.compareTo(listed.lastKey()) < 0) {
                listed.put(source, now);
                if (listed.size() > Sources.LISTED) listed.pollLastEntry();
            }
        }
        return new Sources(listed, independent, count);
    }

    List<CopyIndex.Write> writes() {
        List<CopyIndex.Write> writes = new ArrayList<>(written.size());
        written.forEach((key, entry) -> writes.add(new CopyIndex.Write(key, entry)));
        return writes;
    }

    /**
     * The classes an article of this new sketch is a copy of, by the hashes its sketch shares with
     * theirs (as {@link Sources#of} counts them), but {@code leaving}, the class the article leaves.
     */
    private Set<String> copiesOf(List<Long> sketch, String leaving) {
        Map<String, Integer> shared = new HashMap<>();
        for (Map.Entry<String, Integer> hash : occurrences(sketch).entrySet()) {
            CopyEntry holders = read(hash.getKey());
            if (holders == null) continue;
            for (String other : holders.holders()) if (!other.equals(leaving)) shared.merge(other, hash.getValue(), Integer::sum);
        }
        Set<String> copies = new HashSet<>();
        shared.forEach((other, count) -> {
            int smaller = Math.min(sketch.size(), read(CopyIndex.classKey(other)).sketchSize());
            if (ArticleLedger.isCopy(count, smaller)) copies.add(other);
        });
        return copies;
    }

    private void rewriteHolders(String sketchClass, List<Long> before, List<Long> after) {
        Map<String, Integer> was = occurrences(before);
        Map<String, Integer> is = occurrences(after);
        Set<String> keys = new TreeSet<>(was.keySet());
        keys.addAll(is.keySet());
        for (String key : keys) {
            int from = was.getOrDefault(key, 0);
            int to = is.getOrDefault(key, 0);
            if (from == to) continue;
            CopyEntry entry = read(key);
            List<String> holders = new ArrayList<>(entry == null ? List.of() : entry.holders());
            for (int i = 0; i < from; i++) holders.remove(sketchClass);
            for (int i = 0; i < to; i++) holders.add(sketchClass);
            holders.sort(null);
            write(key, holders.isEmpty() ? null : CopyEntry.holders(holders));
        }
    }

    /** Adds or removes {@code sketchClass} among the copies of {@code other}: the copy relation is kept on both ends. */
    private void relink(String other, String sketchClass, boolean linked) {
        CopyEntry node = read(CopyIndex.classKey(other));
        TreeSet<String> copies = new TreeSet<>(node.copies());
        if (linked) copies.add(sketchClass);
        else copies.remove(sketchClass);
        write(CopyIndex.classKey(other), CopyEntry.sketchClass(node.sketchSize(), node.sources(), List.copyOf(copies)));
    }

    /** The copy groups (connected components of classes) that hold any of {@code classes}, each once, as the sources they count. */
    private List<Set<String>> sourcesOfGroups(Collection<String> classes) {
        Set<String> seen = new HashSet<>();
        List<Set<String>> groups = new ArrayList<>();
        for (String start : classes) {
            if (seen.contains(start) || read(CopyIndex.classKey(start)) == null) continue;
            Set<String> sources = new TreeSet<>();
            Deque<String> next = new ArrayDeque<>(List.of(start));
            seen.add(start);
            while (!next.isEmpty()) {
                CopyEntry node = read(CopyIndex.classKey(next.poll()));
                sources.addAll(node.sources());
                for (String copy : node.copies()) if (seen.add(copy)) next.add(copy);
            }
            groups.add(sources);
        }
        return groups;
    }

    private static Map<String, Integer> occurrences(List<Long> sketch) {
        Map<String, Integer> counts = new HashMap<>();
        for (long hash : sketch) counts.merge(CopyIndex.hashKey(hash), 1, Integer::sum);
        return counts;
    }

    private CopyEntry read(String key) {
        if (written.containsKey(key)) return written.get(key);
        if (!fetched.containsKey(key)) fetched.put(key, stored.get(key));
        return fetched.get(key);
    }

    private void write(String key, CopyEntry entry) {
        written.put(key, entry);
    }
}
