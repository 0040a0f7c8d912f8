package org.storywire.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storywire.event.CentroidCache.Cached;
import org.storywire.event.CentroidCache.Cell;

/**
 * Single-pass online event grouping. Each article is compared with the active events that share a
 * feature with it (found through an inverted index, feature -> events), by a TF-IDF cosine on named
 * entities and one on terms, combined and decayed by the time between the article and the event;
 * it joins the most similar event at or above the threshold, else founds a new one.
 *
 * <p>IDF is the event frequency among active events: {@code ln((N + 1) / (df + 1)) + 1} where N is
 * the number of active events and df the number whose centroid holds the feature. Nothing
 * corpus-derived is shipped. Features too common to discriminate (more than {@code maxPostings}
 * events) are not used to find candidates, and at most {@code maxCandidates} events are scored,
 * so the cost of one article does not grow with the number of events.
 *
 * <p>State: the {@link EventStore} holds one {@link EventSummary} per active event, the inverted
 * index (feature -> events) and the expiry order; the index itself keeps only the number of active
 * events, the clock and a bounded cache of decoded centroids ({@link CentroidCache}), so its heap
 * does not grow with the number of events. Over a store holding summaries only, the postings and
 * the expiry order are derived from them on construction. Ids are
 * {@code "ev-"} + 12 hex digits of SHA-256 of the founding article's id, so the same articles in
 * the same order give the same events. Events quiet for {@code quietPeriod} (event time: the
 * latest publication time seen) are dropped. Not thread-safe.
 */
public final class EventIndex {
    private static final int MAX_MERGED_FROM = 16;
    /** Features of an article used to look candidates up (the rest still count in the similarity). */
    private static final int LOOKUP_ENTITIES = 15;
    private static final int LOOKUP_TERMS = 25;
    /**
     * Events whose postings a rebuild holds on the heap before it writes them (about 100 features each). In
     * {@code AssignEventRestartScale} batches of 2,000 made the assignments after the restart cost 60% more CPU
     * (RocksDB's layout after writes that large, not diagnosed further); 100 cost as much as writes per event.
     */
    static final int REBUILD_BATCH = 100;

    private final EventSettings settings;
    private final EventStore store;
    private final CentroidCache cache;
    /** Active events (the store's count, kept here: IDF needs it for every article). */
    private int size;
    private Instant clock;
    private int lastCandidates;
    /** Feature idfs the last scoring computed: at most one per distinct feature of its candidates' centroids. */
    private int idfsTaken;
    /** Counts the articles scored: a cell marked in this round holds the current article's weight. */
    private int round;

    private record Scored(Cached event, double score) {}

    public EventIndex(EventSettings settings, EventStore store) {
        this(settings, store, CentroidCache.DEFAULT_CAPACITY);
    }

    EventIndex(EventSettings settings, EventStore store, int cacheCapacity) {
        this.settings = settings;
        this.store = store;
        this.cache = new CentroidCache(store, cacheCapacity, settings.maxPostings());
        String[] last = new String[1];
        store.scanExpiry(key -> {
            size++;
            last[0] = key;
            return true;
        });
        if (last[0] != null) clock = ExpiryKey.lastSeen(last[0]);
        else rebuild();
    }

    /**
     * Derives postings and expiry order from the stored summaries, {@link #REBUILD_BATCH} events to a flush:
     * a feature's change is held until the flush, so the store reads and writes each feature once per batch
     * instead of once per event holding it (on RocksDB a restart over 170,000 events took tens of minutes).
     * Nothing else depends on when the postings are flushed: the counts the cache sees are the same.
     */
    private void rebuild() {
        int[] held = new int[1];
        store.scan(e -> {
            derive(e);
            if (++held[0] == REBUILD_BATCH) {
                cache.flush();
                held[0] = 0;
            }
            return true;
        });
        cache.flush();
    }

    public EventIndex(EventStore store) {
        this(EventSettings.defaults(), store);
    }

    /** Postings and expiry of a stored summary, for a store holding summaries only (written before they were stored). */
    private void derive(EventSummary e) {
        reindex(null, e);
        size++;
        if (clock == null || e.lastSeen().isAfter(clock)) clock = e.lastSeen();
    }

    public EventSettings settings() {
        return settings;
    }

    /** Active events. */
    public int size() {
        return size;
    }

    /** The latest event time seen (null before the first article). */
    public Instant clock() {
        return clock;
    }

    /** Assigns one article to an event, founding one when none is similar enough. */
    public EventAssignment assign(ArticleSignature sig) {
        Instant t = sig.published() != null ? sig.published() : clock != null ? clock : Instant.EPOCH;
        if (clock == null || t.isAfter(clock)) clock = t;
        List<String> expired = expireBefore(clock);

        SortedMap<String, Double> aEntities = normalised(sig.entities());
        SortedMap<String, Double> aTerms = normalised(sig.terms());
        List<Scored> ranked = score(aEntities, aTerms, t, sig.published() != null, sig.language());

        Scored best = ranked.isEmpty() ? null : ranked.get(0);
        EventSummary previous = null;
        EventSummary updated;
        boolean isNew;
        double score;
        List<String> merged = new ArrayList<>();
        if (best != null && best.score() >= settings.threshold()) {
            isNew = false;
            score = best.score();
            previous = store.get(best.event().id());
            updated = join(previous, sig, aEntities, aTerms, t, score);
            // Merges: a further event as similar to the article as the threshold is the same event.
            double mergeAt = mergeThreshold();
            for (int i = 1; i < ranked.size(); i++) {
                Scored other = ranked.get(i);
                if (other.score() < mergeAt) break;
                updated = merge(updated, store.get(other.event().id()));
                merged.add(other.event().id());
            }
        } else {
            isNew = true;
            score = 0;
            updated = found(sig, aEntities, aTerms, t);
        }
        put(previous, updated);
        Scored runnerUp = isNew ? best : ranked.size() > 1 ? ranked.get(1) : null;
        EventAssignment assignment = new EventAssignment(sig.articleId(), updated.id(), updated.label(), isNew, score,
                runnerUp == null ? null : runnerUp.event().id(), runnerUp == null ? 0 : runnerUp.score(),
                List.copyOf(merged), expired, updated);
        cache.flush();
        return assignment;
    }

    /** Similarity an article needs to two events for them to be merged; above 1 disables merging. */
    private double mergeThreshold() {
        return settings.threshold() + 0.5 * (1 - settings.threshold());
    }

    /** Drops the events quiet since before {@code now - quietPeriod}; returns their ids. */
    public List<String> expire(Instant now) {
        List<String> dropped = expireBefore(now);
        cache.flush();
        return dropped;
    }

    private List<String> expireBefore(Instant now) {
        String limit = ExpiryKey.before(now.minus(settings.quietPeriod()));
        List<String> dropped = new ArrayList<>();
        store.scanExpiry(key -> {
            if (key.compareTo(limit) >= 0) return false;
            dropped.add(ExpiryKey.id(key));
            return true;
        });
        for (String id : dropped) {
            unindex(store.get(id));
            store.remove(id);
        }
        return dropped;
    }

    /** How many events the last {@link #assign} scored (at most {@code maxCandidates}, whatever the number of events). */
    public int lastCandidateCount() {
        return lastCandidates;
    }

    /** How many feature idfs the last {@link #assign} computed to score its candidates (each shared feature once). */
    int lastIdfCount() {
        return idfsTaken;
    }

    /** The active event with this id, or null. */
    public EventSummary event(String id) {
        return store.get(id);
    }

    /** Events whose centroids are held decoded on the heap (at most the cache's capacity). */
    int cachedEvents() {
        return cache.size();
    }

    /** Features held on the heap with their event frequency (only those of cached centroids). */
    int cachedFeatures() {
        return cache.cellCount();
    }

    // ---------------------------------------------------------------- scoring

    private List<Scored> score(SortedMap<String, Double> aEntities, SortedMap<String, Double> aTerms, Instant t, boolean timed, String language) {
        int n = size;
        lastCandidates = 0;
        idfsTaken = 0;
        if (n == 0) return List.of();
        // Each article feature's event frequency, read once: lookup, norm and cosine all need it.
        Map<String, Integer> entityDf = frequencies(FeatureSpace.ENTITIES, aEntities);
        Map<String, Integer> termDf = frequencies(FeatureSpace.TERMS, aTerms);
        // Candidates: events sharing the most (discriminative) features; entities count double.
        Map<String, Integer> shared = new HashMap<>();
        collect(FeatureSpace.ENTITIES, aEntities, entityDf, 2, LOOKUP_ENTITIES, n, shared);
        collect(FeatureSpace.TERMS, aTerms, termDf, 1, LOOKUP_TERMS, n, shared);
        List<Map.Entry<String, Integer>> candidates = new ArrayList<>(shared.entrySet());
        candidates.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        if (candidates.size() > settings.maxCandidates()) candidates = candidates.subList(0, settings.maxCandidates());
        lastCandidates = candidates.size();

        double aEntityNorm = idfNorm(aEntities, entityDf, n);
        double aTermNorm = idfNorm(aTerms, termDf, n);
        // Looked up once per feature of every candidate's centroid: hashed, not a sorted map's string comparisons.
        Map<String, Double> aEntityWeights = new HashMap<>(aEntities);
        Map<String, Double> aTermWeights = new HashMap<>(aTerms);
        // Every candidate is loaded before the article's cells are marked: loading creates cells.
        List<Cached> loaded = new ArrayList<>(candidates.size());
        for (Map.Entry<String, Integer> c : candidates) loaded.add(cache.get(c.getKey()));
        round++;
        cache.mark(FeatureSpace.ENTITIES, aEntityWeights, round);
        cache.mark(FeatureSpace.TERMS, aTermWeights, round);
        List<Scored> out = new ArrayList<>();
        for (Cached e : loaded) {
            double cosE = cosine(aEntityWeights, aEntityNorm, e.entities(), n);
            double cosT = cosine(aTermWeights, aTermNorm, e.terms(), n);
            double sim;
            if (aEntities.isEmpty() || e.entities().cells().length == 0) sim = cosT;
            else if (language != null && !e.languages().isEmpty() && !e.languages().contains(language)) sim = cosE; // terms do not cross languages; names do
            else sim = settings.entityWeight() * cosE + (1 - settings.entityWeight()) * cosT;
            if (timed) sim *= decay(t, e);
            out.add(new Scored(e, sim));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.event().id()));
        return out;
    }

    private Map<String, Integer> frequencies(FeatureSpace space, SortedMap<String, Double> features) {
        Map<String, Integer> df = new HashMap<>();
        for (String f : features.keySet()) df.put(f, cache.df(space, f));
        return df;
    }

    /** Looks candidates up by the article's most discriminative features only (weight x idf), so lookups stay bounded. */
    private void collect(FeatureSpace space, SortedMap<String, Double> features, Map<String, Integer> df, int weight, int lookups, int n,
                         Map<String, Integer> shared) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        for (Map.Entry<String, Double> e : features.entrySet()) {
            int events = df.get(e.getKey());
            if (events == 0 || events > settings.maxPostings()) continue;
            ranked.add(Map.entry(e.getKey(), e.getValue() * idf(events, n)));
        }
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < ranked.size() && i < lookups; i++) {
            for (String id : cache.postings(space, ranked.get(i).getKey())) shared.merge(id, weight, Integer::sum);
        }
    }

    private static double idf(int df, int n) {
        return Math.log((n + 1.0) / (df + 1.0)) + 1.0;
    }

    private static double idfNorm(SortedMap<String, Double> v, Map<String, Integer> df, int n) {
        double sum = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            double w = e.getValue() * idf(df.get(e.getKey()), n);
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    private double cosine(Map<String, Double> a, double aNorm, CentroidCache.Centroid c, int n) {
        Cell[] cells = c.cells();
        if (aNorm == 0 || cells.length == 0) return 0;
        double dot = 0;
        double cSum = 0;
        for (int i = 0; i < cells.length; i++) {
            Cell cell = cells[i];
            if (cell.idfIn != round) {
                cell.idf = idf(cell.df, n);
                cell.idfIn = round;
                idfsTaken++;
            }
            double idf = cell.idf;
            double cw = c.weights()[i] * idf;
            cSum += cw * cw;
            if (cell.refs > 0) {
                if (cell.markedIn == round) dot += cell.articleWeight * idf * cw;
            } else { // released while candidates were loaded (a cache smaller than the candidates): not marked
                Double aw = a.get(cell.feature);
                if (aw != null) dot += aw * idf * cw;
            }
        }
        return cSum == 0 ? 0 : dot / (aNorm * Math.sqrt(cSum));
    }

    /** From 1 down to the floor: the part above the floor halves for every half-life between the article's time and the event's span. */
    private double decay(Instant t, Cached e) {
        Duration gap = t.isBefore(e.firstSeen()) ? Duration.between(t, e.firstSeen())
                : t.isAfter(e.lastSeen()) ? Duration.between(e.lastSeen(), t) : Duration.ZERO;
        double halfLives = gap.toSeconds() / (double) Math.max(1, settings.halfLife().toSeconds());
        return settings.decayFloor() + (1 - settings.decayFloor()) * Math.pow(0.5, halfLives);
    }

    // ---------------------------------------------------------------- updates

    private EventSummary found(ArticleSignature sig, SortedMap<String, Double> aEntities, SortedMap<String, Double> aTerms, Instant t) {
        String id = newId(sig.articleId());
        String label = label(sig);
        return new EventSummary(id, label, 0.0, t, t, 1,
                sig.outlet() == null ? List.of() : List.of(sig.outlet()),
                sig.language() == null ? List.of() : List.of(sig.language()),
                truncate(aEntities, settings.maxEntities()), truncate(aTerms, settings.maxTerms()), List.of());
    }

    private EventSummary join(EventSummary e, ArticleSignature sig, SortedMap<String, Double> aEntities,
                              SortedMap<String, Double> aTerms, Instant t, double score) {
        boolean relabel = score > e.labelScore() && sig.title() != null && !sig.title().isBlank();
        return new EventSummary(e.id(),
                relabel ? label(sig) : e.label(),
                relabel ? score : e.labelScore(),
                t.isBefore(e.firstSeen()) ? t : e.firstSeen(),
                t.isAfter(e.lastSeen()) ? t : e.lastSeen(),
                e.articleCount() + 1,
                union(e.outlets(), sig.outlet(), settings.maxOutlets()),
                union(e.languages(), sig.language(), 8),
                truncate(add(e.entities(), aEntities), settings.maxEntities()),
                truncate(add(e.terms(), aTerms), settings.maxTerms()),
                e.mergedFrom());
    }

    private EventSummary merge(EventSummary into, EventSummary other) {
        unindex(other);
        store.remove(other.id());
        boolean otherLabel = other.labelScore() > into.labelScore();
        List<String> mergedFrom = new ArrayList<>(into.mergedFrom());
        mergedFrom.add(other.id());
        for (String m : other.mergedFrom()) if (mergedFrom.size() < MAX_MERGED_FROM) mergedFrom.add(m);
        if (mergedFrom.size() > MAX_MERGED_FROM) mergedFrom = mergedFrom.subList(mergedFrom.size() - MAX_MERGED_FROM, mergedFrom.size());
        List<String> outlets = into.outlets();
        for (String o : other.outlets()) outlets = union(outlets, o, settings.maxOutlets());
        List<String> languages = into.languages();
        for (String l : other.languages()) languages = union(languages, l, 8);
        return new EventSummary(into.id(),
                otherLabel ? other.label() : into.label(),
                Math.max(into.labelScore(), other.labelScore()),
                into.firstSeen().isBefore(other.firstSeen()) ? into.firstSeen() : other.firstSeen(),
                into.lastSeen().isAfter(other.lastSeen()) ? into.lastSeen() : other.lastSeen(),
                into.articleCount() + other.articleCount(),
                outlets, languages,
                truncate(add(into.entities(), other.entities()), settings.maxEntities()),
                truncate(add(into.terms(), other.terms()), settings.maxTerms()),
                List.copyOf(mergedFrom));
    }

    /** Stores the event's new version ({@code previous}: the version it replaces, null for a new event). */
    private void put(EventSummary previous, EventSummary e) {
        reindex(previous, e);
        if (previous == null) size++;
        store.put(e);
    }

    /** Brings postings, expiry order and cache from the old version of an event (or none) to the new one: only what changed is written. */
    private void reindex(EventSummary old, EventSummary e) {
        String oldKey = old == null ? null : ExpiryKey.of(old.lastSeen(), old.id());
        String key = ExpiryKey.of(e.lastSeen(), e.id());
        if (!key.equals(oldKey)) {
            if (oldKey != null) store.removeExpiry(oldKey);
            store.addExpiry(key);
        }
        repost(FeatureSpace.ENTITIES, old == null ? null : old.entities(), e.entities(), e.id());
        repost(FeatureSpace.TERMS, old == null ? null : old.terms(), e.terms(), e.id());
        cache.put(e);
    }

    private void repost(FeatureSpace space, SortedMap<String, Double> old, SortedMap<String, Double> now, String id) {
        if (old != null) {
            for (String f : old.keySet()) if (!now.containsKey(f)) cache.removePosting(space, f, id);
        }
        for (String f : now.keySet()) if (old == null || !old.containsKey(f)) cache.addPosting(space, f, id);
    }

    /** Takes a stored event out of the postings, the expiry order and the cache (the caller removes its summary). */
    private void unindex(EventSummary e) {
        if (e == null) return;
        size--;
        cache.evict(e.id());
        store.removeExpiry(ExpiryKey.of(e.lastSeen(), e.id()));
        for (String f : e.entities().keySet()) cache.removePosting(FeatureSpace.ENTITIES, f, e.id());
        for (String f : e.terms().keySet()) cache.removePosting(FeatureSpace.TERMS, f, e.id());
    }

    private String newId(String articleId) {
        String base = "ev-" + hash(articleId);
        String id = base;
        for (int i = 2; store.get(id) != null; i++) id = "ev-" + hash(articleId + "#" + i);
        return id;
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String label(ArticleSignature sig) {
        if (sig.title() != null && !sig.title().isBlank()) {
            String t = sig.title().strip();
            return t.length() <= 160 ? t : t.substring(0, 157) + "...";
        }
        List<String> parts = new ArrayList<>(sig.topEntities(3));
        parts.addAll(sig.topTerms(3));
        return String.join(" ", parts);
    }

    static SortedMap<String, Double> normalised(SortedMap<String, Double> v) {
        double sum = 0;
        for (double w : v.values()) sum += w * w;
        TreeMap<String, Double> out = new TreeMap<>();
        if (sum == 0) return out;
        double norm = Math.sqrt(sum);
        for (Map.Entry<String, Double> e : v.entrySet()) out.put(e.getKey(), e.getValue() / norm);
        return out;
    }

    private static SortedMap<String, Double> add(SortedMap<String, Double> a, SortedMap<String, Double> b) {
        TreeMap<String, Double> out = new TreeMap<>(a);
        for (Map.Entry<String, Double> e : b.entrySet()) out.merge(e.getKey(), e.getValue(), Double::sum);
        return out;
    }

    private static SortedMap<String, Double> truncate(SortedMap<String, Double> v, int max) {
        if (v.size() <= max) return new TreeMap<>(v);
        TreeMap<String, Double> out = new TreeMap<>();
        v.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static List<String> union(List<String> list, String value, int max) {
        if (value == null || list.contains(value) || list.size() >= max) return list;
        TreeSet<String> s = new TreeSet<>(list);
        s.add(value);
        return List.copyOf(s);
    }
}
