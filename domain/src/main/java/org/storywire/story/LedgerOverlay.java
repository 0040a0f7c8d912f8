package org.storywire.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ledgers and copy indexes a family's step has written so far, over the ledgers it started from: several
 * statements of one article in one step see each other's ledgers, and the step returns its changes
 * for the caller to store, leaving {@code base} as it was.
 */
final class LedgerOverlay implements FamilyLedgers {
    private final FamilyLedgers base;
    private final Map<List<String>, LedgerChange> changes = new LinkedHashMap<>();
    private final Map<List<String>, CopyChange> copyChanges = new LinkedHashMap<>();

    LedgerOverlay(FamilyLedgers base) {
        this.base = base;
    }

    void write(String part, String articleId, ArticleLedger ledger) {
        changes.put(List.of(part, articleId), new LedgerChange(part, articleId, ledger));
    }

    void write(String part, List<CopyIndex.Write> writes) {
        for (CopyIndex.Write w : writes) copyChanges.put(List.of(part, w.key()), new CopyChange(part, w));
    }

    List<LedgerChange> changes() { return List.copyOf(changes.values()); }

    List<CopyChange> copyChanges() { return List.copyOf(copyChanges.values()); }

    @Override
    public StoryLedgers of(String part) {
        StoryLedgers under = base.of(part);
        return new StoryLedgers() {
            @Override
            public ArticleLedger get(String articleId) {
                LedgerChange change = changes.get(List.of(part, articleId));
                return change != null ? change.ledger() : under.get(articleId);
            }

            @Override
            public List<ArticleLedger> all() {
                Map<String, ArticleLedger> byArticle = new TreeMap<>();
                for (ArticleLedger a : under.all()) byArticle.put(a.articleId(), a);
                for (LedgerChange c : changes.values()) {
                    if (!c.part().equals(part)) continue;
                    if (c.ledger() == null) byArticle.remove(c.articleId());
                    else byArticle.put(c.articleId(), c.ledger());
                }
                return new ArrayList<>(byArticle.values());
            }

            @Override
            public CopyIndex copies() {
                CopyIndex stored = under.copies();
                return key -> {
                    CopyChange change = copyChanges.get(List.of(part, key));
                    return change != null ? change.write().entry() : stored.get(key);
                };
            }
        };
    }
}
