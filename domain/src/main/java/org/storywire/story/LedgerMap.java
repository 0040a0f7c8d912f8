package org.storywire.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Ledgers kept in memory, for the in-memory runs ({@link StoryBook}, "as of" folds) and the tests. */
public final class LedgerMap implements FamilyLedgers {
    private final Map<String, TreeMap<String, ArticleLedger>> byPart = new TreeMap<>();
    private final Map<String, Map<String, CopyEntry>> copiesByPart = new TreeMap<>();

    public LedgerMap() {}

    /** A copy: a branch of a run that leaves this one as it is. */
    public LedgerMap copy() {
        LedgerMap copy = new LedgerMap();
        byPart.forEach((part, ledgers) -> copy.byPart.put(part, new TreeMap<>(ledgers)));
        copiesByPart.forEach((part, copies) -> copy.copiesByPart.put(part, new TreeMap<>(copies)));
        return copy;
    }

    /** A family step's writes: its ledgers and its copy indexes. */
    public void record(StoryFamily.Result result) {
        for (LedgerChange c : result.ledgers()) record(c.part(), c.articleId(), c.ledger());
        for (CopyChange c : result.copies()) record(c.part(), List.of(c.write()));
    }

    /** One fold's writes to a part's copy index. */
    public void record(String part, List<CopyIndex.Write> writes) {
        for (CopyIndex.Write w : writes) {
            if (w.entry() != null) copiesByPart.computeIfAbsent(part, p -> new TreeMap<>()).put(w.key(), w.entry());
            else if (copiesByPart.containsKey(part)) copiesByPart.get(part).remove(w.key());
        }
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

            @Override
            public CopyIndex copies() {
                return key -> copiesByPart.getOrDefault(part, Map.of()).get(key);
            }
        };
    }
}
