package org.storywire.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The index's only heap state: the most recently scored or updated events' centroids, decoded, at
 * most {@code capacity} of them (least recently used first out), and each of their features with
 * its event frequency at hand. Scoring reads a candidate's features and their frequencies off this
 * cache instead of the store (a hashed look-up per feature was most of the cost of assignment, a
 * store read would be more). Every posting change goes through {@link #addPosting}/{@link
 * #removePosting}, which keep the cached frequencies current; a feature's cell lives while a cached
 * centroid holds it.
 *
 * <p>Within one assignment the frequencies read from the store and the postings changed are held
 * here too, and {@link #flush} writes each changed feature once, its count from the value already
 * known: a new event changes the count of each of its up to 160 features, all of them read a moment
 * before for scoring; reading each again from the store cost one store read more each on RocksDB,
 * most of which miss Kafka Streams' record cache.
 */
final class CentroidCache {
    /** Enough for every event active in the evaluation sets (780 in the largest); ~20 kB each at most. */
    static final int DEFAULT_CAPACITY = 2048;

    /** One feature of one space, shared by every cached centroid holding it. */
    static final class Cell {
        final String feature;
        int df;
        int refs;
        /** The article's weight of the feature while {@code markedIn} is the round of the article being scored ({@link #mark}). */
        int markedIn;
        double articleWeight;
        /** The events holding the feature, in id order, once read and while at most the index's look-up limit do (else null). */
        List<String> postings;
        /**
         * The feature's idf in scoring round {@code idfIn}: a cell is in many candidates' centroids, and neither its count
         * nor the number of events changes while one article is scored, so its logarithm is taken once a round.
         */
        int idfIn;
        double idf;

        Cell(String feature, int df) {
            this.feature = feature;
            this.df = df;
        }
    }

    /** A centroid's features in key order with their weights. */
    record Centroid(Cell[] cells, double[] weights) {}

    /** A feature's postings changed within one assignment: its new count, the events added and those removed (net of each other). */
    private static final class Change {
        int count;
        final Set<String> added = new TreeSet<>();
        final Set<String> removed = new TreeSet<>();
    }

    /** What scoring reads of an event. */
    record Cached(String id, Instant firstSeen, Instant lastSeen, List<String> languages, Centroid entities, Centroid terms) {}

    private final EventStore store;
    private final int capacity;
    /** Postings held in a cell at most: a feature held by more events is not looked up by ({@code maxPostings}). */
    private final int postingLimit;
    private final Map<FeatureSpace, Map<String, Cell>> cells = new EnumMap<>(FeatureSpace.class);
    private final LinkedHashMap<String, Cached> events = new LinkedHashMap<>(64, 0.75f, true);
    /** Store keys of features whose postings changed since the last flush, with the changes. */
    private final Map<String, Change> changed = new HashMap<>();
    /** Store keys of features read since the last flush, with the count read (shadowed by {@link #changed}). */
    private final Map<String, Integer> read = new HashMap<>();

    CentroidCache(EventStore store, int capacity, int postingLimit) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive: " + capacity);
        this.store = store;
        this.capacity = capacity;
        this.postingLimit = postingLimit;
        for (FeatureSpace s : FeatureSpace.values()) cells.put(s, new HashMap<>());
    }

    /** The event as scoring sees it, from the store when not cached; null when it is not stored. */
    Cached get(String id) {
        Cached c = events.get(id);
        if (c != null) return c;
        EventSummary e = store.get(id);
        return e == null ? null : put(e);
    }

    /** Caches this version of the event (its postings already in the store), replacing an older one. */
    Cached put(EventSummary e) {
        // The new version takes its cells before the old one lets go of them: a feature that only this
        // event holds keeps its cell, instead of its count being read from the store again.
        Cached c = new Cached(e.id(), e.firstSeen(), e.lastSeen(), e.languages(),
                centroid(FeatureSpace.ENTITIES, e.entities()), centroid(FeatureSpace.TERMS, e.terms()));
        evict(e.id());
        events.put(e.id(), c);
        if (events.size() > capacity) {
            Iterator<Cached> eldest = events.values().iterator();
            release(eldest.next());
            eldest.remove();
        }
        return c;
    }

    void evict(String id) {
        Cached old = events.remove(id);
        if (old != null) release(old);
    }

    /** How many events hold the feature. */
    int df(FeatureSpace space, String feature) {
        Cell cell = cells.get(space).get(feature);
        return cell != null ? cell.df : uncachedDf(space.key(feature));
    }

    private int uncachedDf(String key) {
        Change change = changed.get(key);
        return change != null ? change.count : read.computeIfAbsent(key, store::postingCount);
    }

    /**
     * The events holding the feature, in id order, this assignment's changes (not written yet: expiries)
     * included. A cached feature's list is read from the store once and then kept in its cell: the same
     * discriminative features look candidates up article after article, each a store read.
     */
    List<String> postings(FeatureSpace space, String feature) {
        Cell cell = cells.get(space).get(feature);
        if (cell != null && cell.postings != null) return Collections.unmodifiableList(cell.postings);
        String key = space.key(feature);
        List<String> stored = store.postings(key);
        Change change = changed.get(key);
        List<String> ids = stored;
        if (change != null) {
            TreeSet<String> merged = new TreeSet<>(stored);
            merged.removeAll(change.removed);
            merged.addAll(change.added);
            ids = List.copyOf(merged);
        }
        if (cell != null && ids.size() <= postingLimit) cell.postings = new ArrayList<>(ids);
        return ids;
    }

    /** The event now holds the feature (it did not). */
    void addPosting(FeatureSpace space, String feature, String id) {
        Change change = change(space, feature, 1, id);
        if (!change.removed.remove(id)) change.added.add(id);
    }

    /** The event no longer holds the feature (it did). */
    void removePosting(FeatureSpace space, String feature, String id) {
        Change change = change(space, feature, -1, id);
        if (!change.added.remove(id)) change.removed.add(id);
    }

    private Change change(FeatureSpace space, String feature, int by, String id) {
        int n = df(space, feature) + by;
        Cell cell = cells.get(space).get(feature);
        if (cell != null) {
            cell.df = n;
            if (cell.postings != null) repost(cell, by > 0, id);
        }
        Change change = changed.computeIfAbsent(space.key(feature), k -> new Change());
        change.count = n;
        return change;
    }

    /** Keeps a cell's postings as the store will hold them, in id order; lets go of them past the limit. */
    private void repost(Cell cell, boolean added, String id) {
        int at = Collections.binarySearch(cell.postings, id);
        if (added && at < 0) cell.postings.add(-at - 1, id);
        else if (!added && at >= 0) cell.postings.remove(at);
        if (cell.postings.size() > postingLimit) cell.postings = null;
    }

    /**
     * Writes the postings changed since the last flush in one batch, each feature once (none changed: an empty
     * batch, which tells the store that what it read may be forgotten), and forgets the counts read (they are
     * not kept up to date between assignments).
     */
    void flush() {
        Map<String, EventStore.PostingChange> batch = new HashMap<>(changed.size() * 2);
        changed.forEach((key, change) -> batch.put(key, new EventStore.PostingChange(change.count, change.added, change.removed)));
        store.updatePostings(batch);
        changed.clear();
        read.clear();
    }

    /**
     * Marks the cached cells of the article's features for scoring round {@code round}, so that scoring
     * reads a candidate's cells without looking each one's string up in the article (touching the
     * string of each of up to 64 x 160 cells was the largest item of assignment in the e2e profile).
     */
    void mark(FeatureSpace space, Map<String, Double> weights, int round) {
        Map<String, Cell> table = cells.get(space);
        weights.forEach((feature, weight) -> {
            Cell cell = table.get(feature);
            if (cell != null) {
                cell.markedIn = round;
                cell.articleWeight = weight;
            }
        });
    }

    int size() {
        return events.size();
    }

    /** Feature cells held, over both spaces (bounded by the cached centroids' features). */
    int cellCount() {
        return cells.values().stream().mapToInt(Map::size).sum();
    }

    private Centroid centroid(FeatureSpace space, SortedMap<String, Double> features) {
        Map<String, Cell> table = cells.get(space);
        Cell[] held = new Cell[features.size()];
        double[] weights = new double[features.size()];
        int i = 0;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            Cell cell = table.get(f.getKey());
            if (cell == null) {
                cell = new Cell(f.getKey(), uncachedDf(space.key(f.getKey())));
                table.put(f.getKey(), cell);
            }
            cell.refs++;
            held[i] = cell;
            weights[i++] = f.getValue();
        }
        return new Centroid(held, weights);
    }

    private void release(Cached c) {
        release(FeatureSpace.ENTITIES, c.entities());
        release(FeatureSpace.TERMS, c.terms());
    }

    private void release(FeatureSpace space, Centroid centroid) {
        Map<String, Cell> table = cells.get(space);
        for (Cell cell : centroid.cells()) {
            if (--cell.refs == 0) table.remove(cell.feature);
        }
    }
}
