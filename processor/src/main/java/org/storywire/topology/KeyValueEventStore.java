package org.storywire.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.storywire.event.EventStore;
import org.storywire.event.ExpiryKey;
import org.storywire.event.EventSummary;

/**
 * The event index's store on four Kafka Streams key-value stores (RocksDB, off the heap): {@code
 * event-summaries} (event id -> {@link EventSummary}, Smile; its changelog makes it durable),
 * {@code event-posting-lists} (feature -> the ids of the events holding it, joined by NUL, while at
 * most {@code listLimit} events do: the features the index looks candidates up by, each one point
 * read; for a feature held by more, {@code #} and its event count), {@code event-postings} (feature +
 * NUL + event id -> 1 for each event holding a feature too common to be listed, so that it can be
 * listed again when it falls back) and {@code event-expiry} (expiry key -> event id). The last three
 * are derived from the summaries and have no changelog: {@link #clearDerived()} empties them at every
 * start for the index to derive them again. The index keeps the counts itself while it changes them
 * ({@code CentroidCache}) and writes each feature once per article. Remembers what was removed since
 * {@link #drainRemoved()}, so that the processor can publish a merged or expired event's last state.
 *
 * <p>A feature is one key, its count in its list (or beside the {@code #}): a new event holding 100
 * features wrote a count and a list for each, 200 keys into Kafka's record cache, most of them new and
 * so each one an insertion and an eviction, which were most of event assignment in the profile of the
 * memory run (one new event per article). A feature's count before a change tells whether it was
 * listed, so a too common one is written without being read.
 */
final class KeyValueEventStore implements EventStore {
    /** Below every character of a feature or an event id: a feature's posting keys are one range, no other feature's among them. */
    private static final char SEPARATOR = '\u0000';
    /** Between the ids of a list: no id holds it. */
    private static final String LIST_SEPARATOR = String.valueOf(SEPARATOR);
    /** Starts the value of a feature too common to be listed, its count after it; no id starts with it. */
    private static final char UNLISTED = '#';
    static final int DECODED_SUMMARIES = 256;

    private final KeyValueStore<String, EventSummary> summaries;
    private final KeyValueStore<String, String> lists;
    private final KeyValueStore<String, Integer> postings;
    private final KeyValueStore<String, String> expiry;
    private final int listLimit;
    private final Map<String, EventSummary> removed = new LinkedHashMap<>();
    /**
     * The summaries last written or read, as objects: the index reads the event an article joins, most often
     * one it wrote a moment ago, and decoding it from Smile (its centroid's maps) was most of that read. This
     * store is the summaries' one writer, and a summary is never changed in place.
     */
    private final Map<String, EventSummary> decoded = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EventSummary> eldest) { return size() > DECODED_SUMMARIES; }
    };
    /** Where an expiry scan starts: null for the first key. */
    private String scanFrom;
    /** The values of {@code event-posting-lists} read since the last {@link #updatePostings} (null: absent). */
    private final Map<String, String> read = new HashMap<>();

    KeyValueEventStore(KeyValueStore<String, EventSummary> summaries, KeyValueStore<String, String> lists,
                       KeyValueStore<String, Integer> postings, KeyValueStore<String, String> expiry, int listLimit) {
        this.summaries = summaries;
        this.lists = lists;
        this.postings = postings;
        this.expiry = expiry;
        this.listLimit = listLimit;
    }

    @Override
    public EventSummary get(String id) {
        EventSummary known = decoded.get(id);
        if (known != null) return known;
        EventSummary stored = summaries.get(id);
        if (stored != null) decoded.put(id, stored);
        return stored;
    }

    @Override
    public void put(EventSummary event) {
        summaries.put(event.id(), event);
        decoded.put(event.id(), event);
    }

    // The index reads an event before it removes it (its features leave the postings): its last state is
    // most often still decoded here, and a delete would read and decode it again from RocksDB.
    @Override
    public void remove(String id) {
        EventSummary last = get(id);
        if (last == null) return;
        decoded.remove(id);
        summaries.put(id, null);
        removed.put(id, last);
    }

    @Override
    public void scan(Predicate<EventSummary> visitor) {
        try (KeyValueIterator<String, EventSummary> it = summaries.all()) {
            while (it.hasNext()) if (!visitor.test(it.next().value)) return;
        }
    }

    @Override
    public int postingCount(String feature) {
        String value = listed(feature);
        if (value == null) return 0;
        if (value.charAt(0) == UNLISTED) return Integer.parseInt(value.substring(1));
        int n = 1;
        for (int i = value.indexOf(SEPARATOR); i >= 0; i = value.indexOf(SEPARATOR, i + 1)) n++;
        return n;
    }

    @Override
    public List<String> postings(String feature) {
        String value = listed(feature);
        if (value == null) return List.of();
        return value.charAt(0) == UNLISTED ? keyed(feature) : ids(value);
    }

    /** The feature's value in {@code event-posting-lists} (null: none), read once between two updates. */
    private String listed(String feature) {
        if (read.containsKey(feature)) return read.get(feature);
        String value = lists.get(feature);
        read.put(feature, value);
        return value;
    }

    /** The events of a feature too common to be listed, from its posting keys. */
    private List<String> keyed(String feature) {
        List<String> ids = new ArrayList<>();
        int idAt = feature.length() + 1;
        try (KeyValueIterator<String, Integer> it = postings.range(feature + SEPARATOR, feature + (char) (SEPARATOR + 1))) {
            while (it.hasNext()) ids.add(it.next().key.substring(idAt));
        }
        return ids;
    }

    // Writes without reading what the index knows: the count, and so whether the feature was listed
    // before (held by at most the limit's events); a listed feature's ids were most often read for its
    // count a moment before. Each store's writes go in one putAll: one write batch on RocksDB, one pass
    // through the metered and cached layers. A null value is a delete that does not read the old one.
    @Override
    public void updatePostings(Map<String, PostingChange> changes) {
        List<KeyValue<String, String>> listWrites = new ArrayList<>(changes.size());
        List<KeyValue<String, Integer>> keyWrites = new ArrayList<>();
        changes.forEach((feature, change) -> listWrites.add(KeyValue.pair(feature, updated(feature, change, keyWrites))));
        read.clear(); // before the writes: nothing read stays known past them
        if (!keyWrites.isEmpty()) postings.putAll(keyWrites);
        if (!listWrites.isEmpty()) lists.putAll(listWrites);
    }

    /** The feature's new value in {@code event-posting-lists}; its posting keys to write go to {@code keyWrites}. */
    private String updated(String feature, PostingChange change, List<KeyValue<String, Integer>> keyWrites) {
        int before = change.count() - change.added().size() + change.removed().size();
        if (before > listLimit) { // too common to be listed: a key per event
            if (change.count() > listLimit) {
                change.added().forEach(id -> keyWrites.add(KeyValue.pair(key(feature, id), 1)));
                change.removed().forEach(id -> keyWrites.add(KeyValue.pair(key(feature, id), null)));
                return UNLISTED + Integer.toString(change.count());
            }
            List<String> stored = keyed(feature); // fell back to the limit: listed again, its keys deleted
            stored.forEach(id -> keyWrites.add(KeyValue.pair(key(feature, id), null)));
            return list(stored, change);
        }
        List<String> stored = before == 0 ? List.of() : ids(listed(feature));
        if (change.count() <= listLimit) return list(stored, change);
        // Became too common to be listed.
        TreeSet<String> ids = new TreeSet<>(stored);
        ids.removeAll(change.removed());
        ids.addAll(change.added());
        ids.forEach(id -> keyWrites.add(KeyValue.pair(key(feature, id), 1)));
        return UNLISTED + Integer.toString(change.count());
    }

    /** The ids held after the change, joined in id order (null: none). */
    private static String list(List<String> stored, PostingChange change) {
        TreeSet<String> ids = new TreeSet<>(stored);
        ids.removeAll(change.removed());
        ids.addAll(change.added());
        return ids.isEmpty() ? null : String.join(LIST_SEPARATOR, ids);
    }

    private static List<String> ids(String listed) {
        return List.of(listed.split(LIST_SEPARATOR));
    }

    private static String key(String feature, String id) {
        return feature + SEPARATOR + id;
    }

    @Override
    public void addExpiry(String key) {
        expiry.put(key, ExpiryKey.id(key));
        if (scanFrom != null && key.compareTo(scanFrom) < 0) scanFrom = key;
    }

    @Override
    public void removeExpiry(String key) {
        expiry.put(key, null);
    }

    /**
     * Visits from {@link #scanFrom}, the smallest key the last scan found or any key added below it since: no key
     * below it is live. RocksDB keeps a removed key as a tombstone until it compacts, and the expiry order removes
     * its oldest keys at every article, so a scan from the first key stepped over every event expired since the last
     * compaction: in a replay of 200,000 articles event assignment spent its time there and became the bottleneck.
     */
    @Override
    public void scanExpiry(Predicate<String> visitor) {
        try (KeyValueIterator<String, String> it = expiry.range(scanFrom, null)) {
            boolean first = true;
            while (it.hasNext()) {
                KeyValue<String, String> next = it.next();
                if (first) scanFrom = next.key;
                first = false;
                if (!visitor.test(next.key)) return;
            }
        }
    }

    /**
     * Empties the stores derived from the summaries (postings, lists, expiry order). Without a changelog
     * they are neither restored on another instance nor rolled back to the last commit after a crash
     * (RocksDB keeps what was written since), so they are never trusted at start.
     */
    void clearDerived() {
        DerivedStores.clear(lists);
        DerivedStores.clear(postings);
        DerivedStores.clear(expiry);
        scanFrom = null;
        read.clear();
    }

    /**
     * The ids of the active events, off the expiry order (which holds each once, its value the id), once the
     * index has derived it: reading them off the summaries decoded every event's centroid a second time.
     */
    List<String> activeIds() {
        List<String> ids = new ArrayList<>();
        try (KeyValueIterator<String, String> it = expiry.all()) {
            while (it.hasNext()) ids.add(it.next().value);
        }
        return ids;
    }

    /** The events removed since the last call, with their last state. */
    Map<String, EventSummary> drainRemoved() {
        Map<String, EventSummary> result = new LinkedHashMap<>(removed);
        removed.clear();
        return result;
    }
}
