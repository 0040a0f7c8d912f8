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
 * <p>State: the {@link EventStore} holds one {@link EventSummary} per active event; the inverted
 * index, the expiry order and the clock are derived from it on construction. Ids are
 * {@code "ev-"} + 12 hex digits of SHA-256 of the founding article's id, so the same articles in
 * the same order give the same events. Events quiet for {@code quietPeriod} (event time: the
 * latest publication time seen) are dropped. Not thread-safe.
 */
public final class EventIndex {
    private static final int MAX_MERGED_FROM = 16;
    /** Features of an article used to look candidates up (the rest still count in the similarity). */
    private static final int LOOKUP_ENTITIES = 15;
    private static final int LOOKUP_TERMS = 25;

    private final EventSettings settings;
    private final EventStore store;
    /** The active events (a mirror of the store, so that scoring reads no serialised state). */
    private final Map<String, EventSummary> active = new HashMap<>();
    /** One feature space (entities or terms): feature -> ids of active events whose centroid holds it. */
    private static final class Space {
        final Map<String, TreeSet<String>> postings = new HashMap<>();
    }

    private final Space entitySpace = new Space();
    private final Space termSpace = new Space();
    /** Each active event's centroids with their postings at hand, by event id. */
    private final Map<String, Centroids> centroids = new HashMap<>();

    /**
     * One centroid's features in the centroid's order, each with the postings of its feature: scoring
     * reads a feature's event frequency off the postings it holds instead of looking it up by name,
     * which was most of the cost of event assignment. A posting set stays the same object while the
     * event is indexed (the set holds the event, so it is never empty and never replaced).
     */
    private record Centroid(String[] keys, double[] weights, List<TreeSet<String>> postings) {
        static Centroid of(SortedMap<String, Double> features, Space space) {
            String[] keys = new String[features.size()];
            double[] weights = new double[features.size()];
            List<TreeSet<String>> postings = new ArrayList<>(features.size());
            int i = 0;
            for (Map.Entry<String, Double> e : features.entrySet()) {
                keys[i] = e.getKey();
                weights[i++] = e.getValue();
                postings.add(space.postings.get(e.getKey()));
            }
            return new Centroid(keys, weights, postings);
        }
    }

    private record Centroids(Centroid entities, Centroid terms) {}
    private final TreeSet<Expiry> expiry = new TreeSet<>();
    private Instant clock;
    private int lastCandidates;

    private record Expiry(Instant lastSeen, String id) implements Comparable<Expiry> {
        @Override
        public int compareTo(Expiry o) {
            int c = lastSeen.compareTo(o.lastSeen);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    private record Scored(EventSummary event, double score) {}

    public EventIndex(EventSettings settings, EventStore store) {
        this.settings = settings;
        this.store = store;
        List<EventSummary> events = new ArrayList<>(store.all());
        events.sort(Comparator.comparing(EventSummary::id));
        for (EventSummary e : events) {
            index(e);
            if (clock == null || e.lastSeen().isAfter(clock)) clock = e.lastSeen();
        }
    }

    public EventIndex(EventStore store) {
        this(EventSettings.defaults(), store);
    }

    public EventSettings settings() {
        return settings;
    }

    /** Active events. */
    public int size() {
        return active.size();
    }

    /** The latest event time seen (null before the first article). */
    public Instant clock() {
        return clock;
    }

    /** Assigns one article to an event, founding one when none is similar enough. */
    public EventAssignment assign(ArticleSignature sig) {
        Instant t = sig.published() != null ? sig.published() : clock != null ? clock : Instant.EPOCH;
        if (clock == null || t.isAfter(clock)) clock = t;
        List<String> expired = expire(clock);

        SortedMap<String, Double> aEntities = normalised(sig.entities());
        SortedMap<String, Double> aTerms = normalised(sig.terms());
        List<Scored> ranked = score(aEntities, aTerms, t, sig.published() != null, sig.language());

        Scored best = ranked.isEmpty() ? null : ranked.get(0);
        EventSummary updated;
        boolean isNew;
        double score;
        List<String> merged = new ArrayList<>();
        if (best != null && best.score() >= settings.threshold()) {
            isNew = false;
            score = best.score();
            updated = join(best.event(), sig, aEntities, aTerms, t, score);
            // Merges: a further event as similar to the article as the threshold is the same event.
            double mergeAt = mergeThreshold();
            for (int i = 1; i < ranked.size(); i++) {
                Scored other = ranked.get(i);
                if (other.score() < mergeAt) break;
                updated = merge(updated, other.event());
                merged.add(other.event().id());
            }
        } else {
            isNew = true;
            score = 0;
            updated = found(sig, aEntities, aTerms, t);
        }
        put(updated);
        Scored runnerUp = isNew ? best : ranked.size() > 1 ? ranked.get(1) : null;
        return new EventAssignment(sig.articleId(), updated.id(), updated.label(), isNew, score,
                runnerUp == null ? null : runnerUp.event().id(), runnerUp == null ? 0 : runnerUp.score(),
                List.copyOf(merged), expired, updated);
    }

    /** Similarity an article needs to two events for them to be merged; above 1 disables merging. */
    private double mergeThreshold() {
        return settings.threshold() + 0.5 * (1 - settings.threshold());
    }

    /** Drops the events quiet since before {@code now - quietPeriod}; returns their ids. */
    public List<String> expire(Instant now) {
        List<String> dropped = new ArrayList<>();
        Instant limit = now.minus(settings.quietPeriod());
        while (!expiry.isEmpty() && expiry.first().lastSeen().isBefore(limit)) {
            Expiry e = expiry.pollFirst();
            EventSummary event = active.get(e.id());
            unindex(event);
            store.remove(e.id());
            dropped.add(e.id());
        }
        return dropped;
    }

    /** How many events the last {@link #assign} scored (at most {@code maxCandidates}, whatever the number of events). */
    public int lastCandidateCount() {
        return lastCandidates;
    }

    /** The active event with this id, or null. */
    public EventSummary event(String id) {
        return active.get(id);
    }

    // ---------------------------------------------------------------- scoring

    private List<Scored> score(SortedMap<String, Double> aEntities, SortedMap<String, Double> aTerms, Instant t, boolean timed, String language) {
        int n = active.size();
        lastCandidates = 0;
        if (n == 0) return List.of();
        // Candidates: events sharing the most (discriminative) features; entities count double.
        Map<String, Integer> shared = new HashMap<>();
        collect(entitySpace, aEntities, 2, LOOKUP_ENTITIES, n, shared);
        collect(termSpace, aTerms, 1, LOOKUP_TERMS, n, shared);
        List<Map.Entry<String, Integer>> candidates = new ArrayList<>(shared.entrySet());
        candidates.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        if (candidates.size() > settings.maxCandidates()) candidates = candidates.subList(0, settings.maxCandidates());
        lastCandidates = candidates.size();

        double aEntityNorm = idfNorm(entitySpace, aEntities, n);
        double aTermNorm = idfNorm(termSpace, aTerms, n);
        // Looked up once per feature of every candidate's centroid: hashed, not a sorted map's string comparisons.
        Map<String, Double> aEntityWeights = new HashMap<>(aEntities);
        Map<String, Double> aTermWeights = new HashMap<>(aTerms);
        List<Scored> out = new ArrayList<>();
        for (Map.Entry<String, Integer> c : candidates) {
            EventSummary e = active.get(c.getKey());
            Centroids centroid = centroids.get(e.id());
            double cosE = cosine(aEntityWeights, aEntityNorm, centroid.entities(), n);
            double cosT = cosine(aTermWeights, aTermNorm, centroid.terms(), n);
            double sim;
            if (aEntities.isEmpty() || e.entities().isEmpty()) sim = cosT;
            else if (language != null && !e.languages().isEmpty() && !e.languages().contains(language)) sim = cosE; // terms do not cross languages; names do
            else sim = settings.entityWeight() * cosE + (1 - settings.entityWeight()) * cosT;
            if (timed) sim *= decay(t, e);
            out.add(new Scored(e, sim));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.event().id()));
        return out;
    }

    /** Looks candidates up by the article's most discriminative features only (weight x idf), so lookups stay bounded. */
    private void collect(Space space, SortedMap<String, Double> features, int weight, int lookups, int n, Map<String, Integer> shared) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        for (Map.Entry<String, Double> e : features.entrySet()) {
            TreeSet<String> events = space.postings.get(e.getKey());
            if (events == null || events.size() > settings.maxPostings()) continue;
            ranked.add(Map.entry(e.getKey(), e.getValue() * idf(space, e.getKey(), n)));
        }
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < ranked.size() && i < lookups; i++) {
            for (String id : space.postings.get(ranked.get(i).getKey())) shared.merge(id, weight, Integer::sum);
        }
    }

    /**
     * Computed where needed, not cached: the computation is one look-up in the postings, as a cache
     * look-up would be, and a cache missed as often as not cost two more (its look-up and its insert).
     */
    private static double idf(Space space, String key, int n) {
        TreeSet<String> p = space.postings.get(key);
        return idf(p == null ? 0 : p.size(), n);
    }

    private static double idf(int df, int n) {
        return Math.log((n + 1.0) / (df + 1.0)) + 1.0;
    }

    private static double idfNorm(Space space, SortedMap<String, Double> v, int n) {
        double sum = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            double w = e.getValue() * idf(space, e.getKey(), n);
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    private static double cosine(Map<String, Double> a, double aNorm, Centroid c, int n) {
        if (aNorm == 0 || c.keys().length == 0) return 0;
        double dot = 0;
        double cSum = 0;
        for (int i = 0; i < c.keys().length; i++) {
            double idf = idf(c.postings().get(i).size(), n);
            double cw = c.weights()[i] * idf;
            cSum += cw * cw;
            Double aw = a.get(c.keys()[i]);
            if (aw != null) dot += aw * idf * cw;
        }
        return cSum == 0 ? 0 : dot / (aNorm * Math.sqrt(cSum));
    }

    /** From 1 down to the floor: the part above the floor halves for every half-life between the article's time and the event's span. */
    private double decay(Instant t, EventSummary e) {
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

    private void put(EventSummary e) {
        EventSummary old = active.get(e.id());
        if (old != null) unindex(old);
        index(e);
        store.put(e);
    }

    private void index(EventSummary e) {
        active.put(e.id(), e);
        expiry.add(new Expiry(e.lastSeen(), e.id()));
        for (String f : e.entities().keySet()) entitySpace.postings.computeIfAbsent(f, k -> new TreeSet<>()).add(e.id());
        for (String f : e.terms().keySet()) termSpace.postings.computeIfAbsent(f, k -> new TreeSet<>()).add(e.id());
        centroids.put(e.id(), new Centroids(Centroid.of(e.entities(), entitySpace), Centroid.of(e.terms(), termSpace)));
    }

    private void unindex(EventSummary e) {
        if (e == null) return;
        active.remove(e.id());
        centroids.remove(e.id());
        expiry.remove(new Expiry(e.lastSeen(), e.id()));
        for (String f : e.entities().keySet()) drop(entitySpace, f, e.id());
        for (String f : e.terms().keySet()) drop(termSpace, f, e.id());
    }

    private static void drop(Space space, String key, String id) {
        TreeSet<String> p = space.postings.get(key);
        if (p == null) return;
        p.remove(id);
        if (p.isEmpty()) space.postings.remove(key);
    }

    private String newId(String articleId) {
        String base = "ev-" + hash(articleId);
        String id = base;
        for (int i = 2; active.containsKey(id) || store.get(id) != null; i++) id = "ev-" + hash(articleId + "#" + i);
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
