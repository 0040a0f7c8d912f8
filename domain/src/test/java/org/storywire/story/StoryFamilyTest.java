package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storywire.story.Given.article;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.grouped;
import static org.storywire.story.Given.statement;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;

/** The partition's fold state as a value: what a state store would hold between records. */
class StoryFamilyTest {

    private final StoryFold fold = new StoryFold();
    private final ArticleInfo report = article("f1", "Reuters", "Treffen von Scholz und Selenskyj", 4);
    private final ArticleInfo answer = article("f2", "dpa", "Treffen von Scholz und Selenskyj", 5);
    private final StoryStatement claim = grouped(report,
            statement("f1", 1, "Reuters", Stance.CLAIM, "Laut Reuters haben sich Scholz und Selenskyj in Rom getroffen.", day(3))).get(0);
    private final StoryStatement denial = grouped(answer,
            statement("f2", 1, "Olaf Scholz", Stance.DENIAL, "Scholz bestritt, Selenskyj in Rom getroffen zu haben.", day(5))).get(0);

    @Test
    void applyingReturnsANewValueAndLeavesTheOldOneAsItWas() {
        StoryFamily empty = StoryFamily.empty(claim.key().partitionKey());
        LedgerMap ledgers = new LedgerMap();
        StoryFamily.Result first = empty.apply(fold, ledgers, List.of(claim), day(4));
        ledgers.record(first);
        StoryFamily.Result second = first.family().apply(fold, ledgers, List.of(denial), day(5));

        assertThat(empty.published()).isEmpty();
        assertThat(first.family().published().get(claim.storyId()).status()).isEqualTo(StoryStatus.UNCONFIRMED);
        assertThat(second.family().published().get(claim.storyId()).status()).isEqualTo(StoryStatus.DENIED);
        assertThat(second.family().published()).containsOnlyKeys(claim.storyId());
        assertThat(second.family().storyOf(denial)).isEqualTo(claim.storyId());
        assertThat(second.updates()).singleElement().satisfies(u -> assertThat(u.changes()).contains("status UNCONFIRMED -> DENIED"));
    }

    @Test
    void retractingEveryArticleEmptiesTheFamily() {
        LedgerMap ledgers = new LedgerMap();
        StoryFamily.Result both = StoryFamily.empty(claim.key().partitionKey()).apply(fold, ledgers, List.of(claim, denial), day(5));
        ledgers.record(both);

        StoryFamily.Result withoutReport = both.family().retract(fold, ledgers, "f1", day(6));
        assertThat(withoutReport.family().published()).containsOnlyKeys(denial.storyId());
        assertThat(withoutReport.updates()).extracting(StoryUpdate::storyId).containsExactlyInAnyOrder(claim.storyId(), denial.storyId());

        assertThat(withoutReport.ledgers()).extracting(LedgerChange::ledger).containsOnlyNulls().isNotEmpty();
        ledgers.record(withoutReport);
        StoryFamily.Result withoutAnswer = withoutReport.family().retract(fold, ledgers, "f2", day(7));
        assertThat(withoutAnswer.family().isEmpty()).isTrue();
        ledgers.record(withoutAnswer);
        assertThat(ledgers.of(denial.storyId()).all()).isEmpty();
    }

    @Test
    void aStatementOfAnotherFamilyIsRefused() {
        StoryStatement other = grouped(report, statement("f1", 2, "Reuters", Stance.CLAIM, "Laut Reuters gratulierte Scholz Selenskyj.", day(3))).get(0);
        assertThatThrownBy(() -> StoryFamily.empty(claim.key().partitionKey()).apply(fold, new LedgerMap(), List.of(other), day(4)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
