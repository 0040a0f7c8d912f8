package org.storywire.topology;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.storywire.story.ArticleLedger;
import org.storywire.story.FamilyLedgers;
import org.storywire.story.LedgerChange;
import org.storywire.story.StoryLedgers;

/**
 * A family's per-article ledgers in the story-ledgers store, one key per family, part and article
 * ({@code family NUL part NUL article}): a statement reads and writes its article's ledger alone,
 * and a story's ledgers are one prefix scan apart, sorted by article id.
 */
final class StoreLedgers implements FamilyLedgers {
    private final KeyValueStore<String, ArticleLedger> store;
    private final String familyId;

    StoreLedgers(KeyValueStore<String, ArticleLedger> store, String familyId) {
        this.store = store;
        this.familyId = familyId;
    }

    void write(List<LedgerChange> changes) {
        for (LedgerChange c : changes) {
            if (c.ledger() == null) store.delete(key(c.part(), c.articleId()));
            else store.put(key(c.part(), c.articleId()), c.ledger());
        }
    }

    @Override
    public StoryLedgers of(String part) {
        return new StoryLedgers() {
            @Override
            public ArticleLedger get(String articleId) { return store.get(key(part, articleId)); }

            @Override
            public List<ArticleLedger> all() {
                List<ArticleLedger> all = new ArrayList<>();
                try (KeyValueIterator<String, ArticleLedger> it = store.prefixScan(partPrefix(part), new StringSerializer())) {
                    it.forEachRemaining(kv -> all.add(kv.value));
                }
                return all;
            }
        };
    }

    private String partPrefix(String part) {
        return FoldStoryProcessor.familyPrefix(familyId) + part + '\u0000';
    }

    private String key(String part, String articleId) {
        return partPrefix(part) + articleId;
    }
}
