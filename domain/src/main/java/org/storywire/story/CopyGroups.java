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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Independent sources kept up to date one article at a time, always equal to {@link Sources#of} over
 * all of the story's ledgers. When an article arrives, changes its sketch or leaves, it reads the
 * holders of its own sketch hashes and the nodes of the copy groups it touches, and corrects the
 * count by the groups it changed: a story of thousands of independent reports costs what a story
 * of one does, where the full recount read every ledger and compared every shared hash.
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
        Set<String> newCopies = after == null ? Set.of() : copiesOf(id, after.sketch());
        CopyEntry oldNode = read(CopyIndex.nodeKey(id));
        List<String> oldCopies = oldNode == null ? List.of() : oldNode.copies();

        Set<String> touchedBefore = new TreeSet<>(newCopies);
        if (oldNode != null) touchedBefore.add(id);
        List<Set<String>> groupsBefore = sourcesOfGroups(touchedBefore);

        rewriteHolders(id, before == null ? List.of() : before.sketch(), after == null ? List.of() : after.sketch());
        for (String other : oldCopies) if (!newCopies.contains(other)) relink(other, id, false);
        for (String other : newCopies) if (!oldCopies.contains(other)) relink(other, id, true);
        write(CopyIndex.nodeKey(id), after == null ? null
                : CopyEntry.node(after.sketch().size(), Sources.sourceOf(after), List.copyOf(new TreeSet<>(newCopies))));

        Set<String> touchedAfter = new TreeSet<>(oldCopies);
        touchedAfter.addAll(newCopies);
        if (after != null) touchedAfter.add(id);
        List<Set<String>> groupsAfter = sourcesOfGroups(touchedAfter);

        Map<String, Integer> change = new TreeMap<>();
        for (Set<String> sources : groupsBefore) for (String source : sources) change.merge(source, -1, Integer::sum);
        for (Set<String> sources : groupsAfter) for (String source : sources) change.merge(source, 1, Integer::sum);
        return recount(current, change, current.independent() - groupsBefore.size() + groupsAfter.size());
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
            int was = entry == null ? 0 : entry.groups();
            int now = was + c.getValue();
            write(CopyIndex.sourceKey(source), now == 0 ? null : CopyEntry.source(now));
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

    /** The other articles {@code id} is a copy of, by the hashes its sketch shares with theirs (as {@link Sources#of} counts them). */
    private Set<String> copiesOf(String id, List<Long> sketch) {
        Map<String, Integer> shared = new HashMap<>();
        for (Map.Entry<String, Integer> hash : occurrences(sketch).entrySet()) {
            CopyEntry holders = read(hash.getKey());
            if (holders == null) continue;
            for (String other : holders.holders()) if (!other.equals(id)) shared.merge(other, hash.getValue(), Integer::sum);
        }
        Set<String> copies = new HashSet<>();
        shared.forEach((other, count) -> {
            int smaller = Math.min(sketch.size(), read(CopyIndex.nodeKey(other)).sketchSize());
            if (ArticleLedger.isCopy(count, smaller)) copies.add(other);
        });
        return copies;
    }

    private void rewriteHolders(String id, List<Long> before, List<Long> after) {
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
            for (int i = 0; i < from; i++) holders.remove(id);
            for (int i = 0; i < to; i++) holders.add(id);
            holders.sort(null);
            write(key, holders.isEmpty() ? null : CopyEntry.holders(holders));
        }
    }

    /** Adds or removes {@code id} among the copies of {@code other}: the copy relation is kept on both ends. */
    private void relink(String other, String id, boolean linked) {
        CopyEntry node = read(CopyIndex.nodeKey(other));
        TreeSet<String> copies = new TreeSet<>(node.copies());
        if (linked) copies.add(id);
        else copies.remove(id);
        write(CopyIndex.nodeKey(other), CopyEntry.node(node.sketchSize(), node.source(), List.copyOf(copies)));
    }

    /** The copy groups (connected components) that hold any of {@code articles}, each once, as the sources they count. */
    private List<Set<String>> sourcesOfGroups(Collection<String> articles) {
        Set<String> seen = new HashSet<>();
        List<Set<String>> groups = new ArrayList<>();
        for (String start : articles) {
            if (seen.contains(start) || read(CopyIndex.nodeKey(start)) == null) continue;
            Set<String> sources = new TreeSet<>();
            Deque<String> next = new ArrayDeque<>(List.of(start));
            seen.add(start);
            while (!next.isEmpty()) {
                CopyEntry node = read(CopyIndex.nodeKey(next.poll()));
                sources.add(node.source());
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
