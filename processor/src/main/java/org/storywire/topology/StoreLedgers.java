package org.storywire.topology;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.storywire.story.ArticleLedger;
import org.storywire.story.CopyChange;
import org.storywire.story.CopyEntry;
import org.storywire.story.CopyIndex;
import org.storywire.story.FamilyLedgers;
import org.storywire.story.LedgerChange;
import org.storywire.story.StoryFamily;
import org.storywire.story.StoryLedgers;

/**
 * A family's per-article ledgers in the story-ledgers store, one key per family, part and article
 * ({@code family NUL part NUL article}): a statement reads and writes its article's ledger alone,
 * and a story's ledgers are one prefix scan apart, sorted by article id. Each story's copy index
 * is in the story-copies store under the same prefix ({@code family NUL part NUL} index key).
 * Small parts' ledgers are read whole from {@link DecodedLedgerParts}, which every write here keeps current.
 */
final class StoreLedgers implements FamilyLedgers {
    private final KeyValueStore<String, ArticleLedger> store;
    private final KeyValueStore<String, CopyEntry> copies;
    private final DecodedLedgerParts decoded;
    private final String familyId;

    StoreLedgers(KeyValueStore<String, ArticleLedger> store, KeyValueStore<String, CopyEntry> copies, DecodedLedgerParts decoded,
                 String familyId) {
        this.store = store;
        this.copies = copies;
        this.decoded = decoded;
        this.familyId = familyId;
    }

    void write(StoryFamily.Result result) {
        for (LedgerChange c : result.ledgers()) {
            if (c.ledger() == null) store.delete(key(c.part(), c.articleId()));
            else store.put(key(c.part(), c.articleId()), c.ledger());
            decoded.written(partPrefix(c.part()), c.articleId(), c.ledger());
        }
        for (CopyChange c : result.copies()) {
            if (c.write().entry() == null) copies.delete(key(c.part(), c.write().key()));
            else copies.put(key(c.part(), c.write().key()), c.write().entry());
        }
    }

    @Override
    public StoryLedgers of(String part) {
        String prefix = partPrefix(part);
        return new StoryLedgers() {
            @Override
            public ArticleLedger get(String articleId) {
                return decoded.holds(prefix) ? decoded.get(prefix, articleId) : store.get(prefix + articleId);
            }

            @Override
            public List<ArticleLedger> all() {
                return decoded.all(prefix, () -> {
                    List<ArticleLedger> all = new ArrayList<>();
                    try (KeyValueIterator<String, ArticleLedger> it = store.prefixScan(prefix, new StringSerializer())) {
                        it.forEachRemaining(kv -> all.add(kv.value));
                    }
                    return all;
                });
            }

            @Override
            public CopyIndex copies() { return key -> copies.get(key(part, key)); }
        };
    }

    private String partPrefix(String part) {
        return FoldStoryProcessor.familyPrefix(familyId) + part + '\u0000';
    }

    private String key(String part, String articleId) {
        return partPrefix(part) + articleId;
    }
}
