package org.storywire.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.storywire.story.ArticleLedger;

/**
 * The ledgers of recently read story parts (a story's own fold or a family's shared responses), held
 * decoded by article id as the story-ledgers store holds them. A story too small to keep a copy index
 * recounts its independent sources over all of its ledgers at nearly every statement (an article's
 * sketch grows with each of its statements), and each recount was a prefix scan of the store, the
 * largest item of the fold after serialisation in issue 16's profile. A part is read from the store
 * once, then kept up to date by the writes the fold makes ({@link #written}); a part that grows past
 * {@link #LEDGERS_PER_PART} is dropped (it keeps a copy index and is seldom read whole). The caller
 * empties it whenever the store may hold what it did not write through here (a task revived, a
 * failed statement).
 */
final class DecodedLedgerParts {
    /** Parts held at most, least recently used first out. */
    static final int PARTS = 1_000;
    /** Ledgers a held part has at most: a story of more keeps a copy index ({@code CopyGroups.INDEXED_FROM} is 16). */
    static final int LEDGERS_PER_PART = 32;

    private final Map<String, TreeMap<String, ArticleLedger>> parts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TreeMap<String, ArticleLedger>> eldest) { return size() > PARTS; }
    };

    /** Every ledger of the part (its store prefix), in the store's order, read through {@code scan} when the part is not held. */
    List<ArticleLedger> all(String part, Supplier<List<ArticleLedger>> scan) {
        TreeMap<String, ArticleLedger> held = parts.get(part);
        if (held == null) {
            List<ArticleLedger> read = scan.get();
            if (read.size() > LEDGERS_PER_PART) return read;
            held = new TreeMap<>(DecodedLedgerParts::inStoreOrder);
            for (ArticleLedger ledger : read) held.put(ledger.articleId(), ledger);
            parts.put(part, held);
        }
        return new ArrayList<>(held.values());
    }

    /** Whether the part is held: then {@link #get} answers for it without the store. */
    boolean holds(String part) {
        return parts.containsKey(part);
    }

    /** The article's ledger in a held part; null when it has none. */
    ArticleLedger get(String part, String articleId) {
        return parts.get(part).get(articleId);
    }

    /** The fold stored {@code ledger} (null: deleted) for the article in the part. */
    void written(String part, String articleId, ArticleLedger ledger) {
        TreeMap<String, ArticleLedger> held = parts.get(part);
        if (held == null) return;
        if (ledger == null) held.remove(articleId);
        else held.put(articleId, ledger);
        if (held.size() > LEDGERS_PER_PART) parts.remove(part);
    }

    void clear() {
        parts.clear();
    }

    /**
     * The order of the store's keys: their UTF-8 bytes, which is the order of code points (Java's
     * {@code compareTo} orders UTF-16 units, which differs beyond U+FFFF).
     */
    static int inStoreOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
