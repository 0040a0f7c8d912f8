package org.storywire.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Ledgers kept in memory, for the in-memory runs ({@link StoryBook}, "as of" folds) and the tests. */
public final class LedgerMap implements FamilyLedgers {
    private final Map<String, TreeMap<String, ArticleLedger>> byPart = new TreeMap<>();

    public LedgerMap() {}

    /** A copy: a branch of a run that leaves this one as it is. */
    public LedgerMap copy() {
        LedgerMap copy = new LedgerMap();
        byPart.forEach((part, ledgers) -> copy.byPart.put(part, new TreeMap<>(ledgers)));
        return copy;
    }

    public void record(List<LedgerChange> changes) {
        for (LedgerChange c : changes) record(c.part(), c.articleId(), c.ledger());
    }

    public void record(String part, String articleId, ArticleLedger ledger) {
        if (ledger != null) byPart.computeIfAbsent(part, p -> new TreeMap<>()).put(articleId, ledger);
        else if (byPart.containsKey(part)) byPart.get(part).remove(articleId);
    }

    @Override
    public StoryLedgers of(String part) {
        return new StoryLedgers() {
            @Override
            public ArticleLedger get(String articleId) {
                TreeMap<String, ArticleLedger> ledgers = byPart.get(part);
                return ledgers == null ? null : ledgers.get(articleId);
            }

            @Override
            public List<ArticleLedger> all() {
                TreeMap<String, ArticleLedger> ledgers = byPart.get(part);
                return ledgers == null ? List.of() : new ArrayList<>(ledgers.values());
            }
        };
    }
}
