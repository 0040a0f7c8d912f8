package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.article;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.shingles;
import static org.storywire.story.Given.statement;

import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;

/**
 * The work of one statement, counted in what it reads and writes of the per-article stores (ledgers,
 * copy-index entries and the ids inside them), when its story holds 100 articles and when it holds
 * 1,000, or a copy group of 10 and of 1,000 copies: the fold must cost the same whatever the story's
 * number of articles (issue 16). Every story is above {@link CopyGroups#INDEXED_FROM}, below which a
 * story is recounted over its few ledgers.
 */
class StoryFoldWorkTest {

    private static final StoryKey CALL = new StoryKey("communication", false, List.of("DE", "UA"), "Reuters", List.of());

    private final StoryFold fold = new StoryFold();

    @Test
    void anIndependentReportCostsTheSameInAStoryOfAHundredAndOfAThousandArticles() {
        IntFunction<StoryStatement> report = n -> said("r" + n, "Outlet " + (n % 50), CALL, Stance.CLAIM, distinctWords("r" + n));
        assertThat(workOfNext(1000, report, null)).isEqualTo(workOfNext(100, report, null));
    }

    @Test
    void aReportOfAStoryWithSharedResponsesCostsTheSameInAStoryOfAHundredAndOfAThousandArticles() {
        // A denial that names no report answers every report of the family: the published story merges it.
        StoryStatement denial = said("d", "dpa", CALL.family(), Stance.DENIAL, distinctWords("d"));
        IntFunction<StoryStatement> report = n -> said("r" + n, "Outlet " + (n % 50), CALL, Stance.CLAIM, distinctWords("r" + n));
        assertThat(workOfNext(1000, report, denial)).isEqualTo(workOfNext(100, report, denial));
    }

    @Test
    void aWireCopyCostsTheSameInACopyGroupOfTenAndOfAThousandCopies() {
        // Twenty independent reports keep the story indexed at either size; then one agency text in
        // every outlet (five outlets, so that the outlets a group lists are the same at both sizes).
        String agencyText = distinctWords("agency") + distinctWords("agency text");
        IntFunction<StoryStatement> reportThenCopies = n -> n < 20
                ? said("r" + n, "Outlet " + n, CALL, Stance.CLAIM, distinctWords("r" + n))
                : said("c" + n, "Wire outlet " + (n % 5), CALL, Stance.CLAIM, agencyText);
        Work atTen = workOfNext(20 + 10, reportThenCopies, null);
        Work atThousand = workOfNext(20 + 1000, reportThenCopies, null);
        assertThat(atThousand).isEqualTo(atTen);
        assertThat(independentSources(20 + 1000, reportThenCopies)).isEqualTo(21);
    }

    /** What folding report n + 1 reads and writes, after {@code denial} (if any) and reports 0 to n - 1. */
    private Work workOfNext(int n, IntFunction<StoryStatement> report, StoryStatement denial) {
        LedgerMap stored = new LedgerMap();
        StoryFamily family = StoryFamily.empty(CALL.partitionKey());
        if (denial != null) family = step(family, stored, denial, null);
        for (int i = 0; i < n; i++) family = step(family, stored, report.apply(i), null);
        Work work = new Work();
        step(family, stored, report.apply(n), work);
        assertThat(family.published().get(CALL.id()).statementCount()).isEqualTo(n + (denial == null ? 0 : 1));
        return work;
    }

    private int independentSources(int n, IntFunction<StoryStatement> report) {
        LedgerMap stored = new LedgerMap();
        StoryFamily family = StoryFamily.empty(CALL.partitionKey());
        for (int i = 0; i < n; i++) family = step(family, stored, report.apply(i), null);
        return family.published().get(CALL.id()).independentSources();
    }

    private StoryFamily step(StoryFamily family, LedgerMap stored, StoryStatement s, Work work) {
        FamilyLedgers ledgers = work == null ? stored : work.counting(stored);
        StoryFamily.Result result = family.apply(fold, ledgers, List.of(s), s.at());
        if (work != null) work.wrote(result);
        stored.record(result);
        return result.family();
    }

    private static StoryStatement said(String articleId, String outlet, StoryKey key, Stance stance, String sentence) {
        var s = statement(articleId, 1, outlet, stance, sentence, day(5));
        return new StoryStatement(key, s, article(articleId, outlet, "Telefonat", 5), outlet, outlet, null, List.of("Olaf Scholz"), shingles(sentence));
    }

    /** Words of their own for each article, so that no two articles look like copies of one text. */
    private static String distinctWords(String articleId) {
        Random words = new Random(articleId.hashCode());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) text.append(" w").append(Integer.toString(words.nextInt(1 << 30), 36));
        return text.toString().strip() + ".";
    }

    /** Ledgers and copy-index entries read and written by one step, and the article ids those entries hold. */
    private static final class Work {
        int ledgersRead;
        int entriesRead;
        int idsRead;
        int ledgersWritten;
        int entriesWritten;
        int idsWritten;

        FamilyLedgers counting(FamilyLedgers under) {
            return part -> {
                StoryLedgers ledgers = under.of(part);
                return new StoryLedgers() {
                    @Override
                    public ArticleLedger get(String articleId) {
                        ledgersRead++;
                        return ledgers.get(articleId);
                    }

                    @Override
                    public List<ArticleLedger> all() {
                        List<ArticleLedger> all = ledgers.all();
                        ledgersRead += all.size();
                        return all;
                    }

                    @Override
                    public CopyIndex copies() {
                        CopyIndex index = ledgers.copies();
                        return key -> {
                            CopyEntry entry = index.get(key);
                            entriesRead++;
                            if (entry != null) idsRead += entry.holders().size() + entry.sources().size() + entry.copies().size();
                            return entry;
                        };
                    }
                };
            };
        }

        void wrote(StoryFamily.Result result) {
            ledgersWritten += result.ledgers().size();
            for (CopyChange c : result.copies()) {
                entriesWritten++;
                CopyEntry entry = c.write().entry();
                if (entry != null) idsWritten += entry.holders().size() + entry.sources().size() + entry.copies().size();
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Work w && ledgersRead == w.ledgersRead && entriesRead == w.entriesRead && idsRead == w.idsRead
                    && ledgersWritten == w.ledgersWritten && entriesWritten == w.entriesWritten && idsWritten == w.idsWritten;
        }

        @Override
        public int hashCode() { return ledgersRead; }

        @Override
        public String toString() {
            return String.format("ledgers read %d, index entries read %d holding %d ids, ledgers written %d, index entries written %d holding %d ids",
                    ledgersRead, entriesRead, idsRead, ledgersWritten, entriesWritten, idsWritten);
        }
    }
}
