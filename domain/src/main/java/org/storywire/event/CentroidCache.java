package org.storywire.event;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The index's only heap state: the most recently scored or updated events' centroids, decoded, at
 * most {@code capacity} of them (least recently used first out), and each of their features with
 * its event frequency at hand. Scoring reads a candidate's features and their frequencies off this
 * cache instead of the store (a hashed look-up per feature was most of the cost of assignment, a
 * store read would be more). Every posting change goes through {@link #addPosting}/{@link
 * #removePosting}, which keep the cached frequencies current; a feature's cell lives while a cached
 * centroid holds it.
 *
 * <p>Within one assignment the frequencies read from the store and the ones changed are held here
 * too, and {@link #flush} writes each changed count once, from the value already known: a new event
 * changes the count of each of its up to 160 features, all of them read a moment before for scoring;
 * reading each again from the store (and each posting before writing it) cost one or two
 * store read more each on RocksDB, most of which miss Kafka Streams' record cache.
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

        Cell(String feature, int df) {
            this.feature = feature;
            this.df = df;
        }
    }

    /** A centroid's features in key order with their weights. */
    record Centroid(Cell[] cells, double[] weights) {}

    /** What scoring reads of an event. */
    record Cached(String id, Instant firstSeen, Instant lastSeen, List<String> languages, Centroid entities, Centroid terms) {}

    private final EventStore store;
    private final int capacity;
    private final Map<FeatureSpace, Map<String, Cell>> cells = new EnumMap<>(FeatureSpace.class);
    private final LinkedHashMap<String, Cached> events = new LinkedHashMap<>(64, 0.75f, true);
    /** Store keys of features whose count changed since the last flush, with the new count. */
    private final Map<String, Integer> changed = new HashMap<>();
    /** Store keys of features read since the last flush, with the count read (shadowed by {@link #changed}). */
    private final Map<String, Integer> read = new HashMap<>();

    CentroidCache(EventStore store, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive: " + capacity);
        this.store = store;
        this.capacity = capacity;
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
        Integer n = changed.get(key);
        if (n == null) n = read.computeIfAbsent(key, store::postingCount);
        return n;
    }

    void addPosting(FeatureSpace space, String feature, String id) {
        store.addPosting(space.key(feature), id);
        count(space, feature, 1);
    }

    void removePosting(FeatureSpace space, String feature, String id) {
        store.removePosting(space.key(feature), id);
        count(space, feature, -1);
    }

    private void count(FeatureSpace space, String feature, int by) {
        int n = df(space, feature) + by;
        Cell cell = cells.get(space).get(feature);
        if (cell != null) cell.df = n;
        changed.put(space.key(feature), n);
    }

    /** Writes the counts changed since the last flush, each once, and forgets the counts read (they are not kept up to date between assignments). */
    void flush() {
        changed.forEach(store::putPostingCount);
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
