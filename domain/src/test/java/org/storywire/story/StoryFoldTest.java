package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storywire.story.Given.article;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.shingles;
import static org.storywire.story.Given.statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;

/** The fold on one story key: given this state, when this statement arrives, expect this state and update. */
class StoryFoldTest {

    private static final StoryKey CALL = new StoryKey("communication", false, List.of("DE", "UA"), "Reuters", List.of());

    private final StoryFold fold = new StoryFold();

    private static StoryStatement said(String articleId, int ordinal, String speaker, String party, String side, Stance stance, int day) {
        var s = statement(articleId, ordinal, speaker, stance, sentence(articleId, ordinal), day(day));
        return new StoryStatement(CALL, s, article(articleId, "Outlet " + articleId, "Telefonat", day), speaker, party, side, List.of("Olaf Scholz"),
                shingles(s.sentenceText()));
    }

    /** Distinct words for every statement, so that no two articles look like copies of one text. */
    private static String sentence(String articleId, int ordinal) {
        Random words = new Random((articleId + "#" + ordinal).hashCode());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) text.append(" w").append(Integer.toString(words.nextInt(1 << 30), 36));
        return text.toString().strip() + ".";
    }

    /** One story folded statement by statement, its ledgers kept in memory as the topology keeps them in a store. */
    private static final class Run {
        private final StoryFold fold;
        private final LedgerMap ledgers = new LedgerMap();
        private StoryState state;

        Run(StoryFold fold) { this.fold = fold; }

        StoryFold.Folded apply(StoryStatement s) {
            StoryFold.Folded folded = fold.apply(state, ledgers.of(s.storyId()), s);
            if (folded.ledger() != null) ledgers.record(s.storyId(), s.articleId(), folded.ledger());
            ledgers.record(s.storyId(), folded.copies());
            state = folded.state();
            return folded;
        }

        StoryFold.Folded retract(StoryKey key, String articleId, java.time.Instant at) {
            StoryFold.Folded folded = fold.retract(state, ledgers.of(key.id()), key, articleId, at);
            ledgers.record(key.id(), articleId, null);
            ledgers.record(key.id(), folded.copies());
            state = folded.state();
            return folded;
        }
    }

    private static StoryStatement reuters(String articleId, int ordinal, int day) {
        return said(articleId, ordinal, "Reuters", "Reuters", null, Stance.CLAIM, day);
    }

    /** A statement of its own article and outlet whose sentence is {@code sentence} and which carries {@code shingles}. */
    private static StoryStatement carrying(String articleId, String sentence, List<Long> shingles) {
        var s = statement(articleId, 1, "Reuters", Stance.CLAIM, sentence, day(3));
        return new StoryStatement(CALL, s, article(articleId, "Outlet " + articleId, "Telefonat", 3), "Reuters", "Reuters", null, List.of("Olaf Scholz"),
                shingles);
    }

    @Test
    void copiesAreTheArticlesWhoseStatementsCarrySharedHashesWhateverTheirSentencesSay() {
        // The fold reads the hashes hashed when the statement was grouped, not its evidence sentence: it tokenises nothing.
        List<Long> oneText = shingles(sentence("wire", 1));
        Run copies = new Run(fold);
        copies.apply(carrying("a", sentence("a", 1), oneText));
        assertThat(copies.apply(carrying("b", sentence("b", 1), oneText)).state().independentSources())
                .as("different sentences carrying one text's hashes are copies").isEqualTo(1);

        Run unhashed = new Run(fold);
        unhashed.apply(carrying("a", sentence("wire", 1), List.of()));
        assertThat(unhashed.apply(carrying("b", sentence("wire", 1), List.of())).state().independentSources())
                .as("one sentence twice, carrying no hashes (an earlier build's statements), is two sources").isEqualTo(2);
    }

    @Test
    void groupingHashesTheStatementsSentenceFromTheWordsItRead() {
        String sentence = "Der Kreml wies den Bericht über ein Telefonat zwischen Putin und Trump am Freitag zurück.";
        StoryStatement grouped = Given.grouped(article("k", "Outlet k", "Telefonat", 3), statement("k", 0, "Kreml", Stance.DENIAL, sentence, day(3))).get(0);

        assertThat(grouped.shingles()).isNotEmpty().isEqualTo(shingles(sentence));
    }

    @Test
    void aPartysDenialOverridesAThirdPartyClaim() {
        Run run = new Run(fold);
        StoryState given = run.apply(reuters("a", 1, 3)).state();
        assertThat(given.status()).isEqualTo(StoryStatus.UNCONFIRMED);

        StoryFold.Folded then = run.apply(said("b", 1, "Steffen Hebestreit", "Olaf Scholz", "DE", Stance.DENIAL, 4));

        assertThat(then.state().status()).isEqualTo(StoryStatus.DENIED);
        assertThat(then.state().positionOf("Olaf Scholz")).get().extracting(Position::standing).isEqualTo(Standing.PARTY);
        assertThat(then.update()).get().satisfies(u -> {
            assertThat(u.previousStatus()).isEqualTo(StoryStatus.UNCONFIRMED);
            assertThat(u.changes()).contains("status UNCONFIRMED -> DENIED", "position of Olaf Scholz: DENIAL (PARTY)");
            assertThat(u.version()).isEqualTo(2);
        });
    }

    @Test
    void aSpeakerWithoutASideOfTheStoryIsAThirdPartyWhateverItSays() {
        Run run = new Run(fold);
        StoryState given = run.apply(reuters("a", 1, 3)).state();
        StoryFold.Folded then = run.apply(said("b", 1, "Emmanuel Macron", "Emmanuel Macron", "FR", Stance.DENIAL, 4));
        assertThat(then.state().status()).isEqualTo(StoryStatus.UNCONFIRMED);
        assertThat(then.state().positionOf("Emmanuel Macron")).get().extracting(Position::standing).isEqualTo(Standing.THIRD_PARTY);
    }

    @Test
    void redeliveryOfAStatementIsIgnored() {
        Run run = new Run(fold);
        StoryState given = run.apply(reuters("a", 1, 3)).state();
        StoryFold.Folded again = run.apply(reuters("a", 1, 3));
        assertThat(again.state()).isEqualTo(given);
        assertThat(again.update()).isEmpty();
    }

    @Test
    void aStatementOfAnotherStoryIsRefused() {
        Run run = new Run(fold);
        StoryState given = run.apply(reuters("a", 1, 3)).state();
        var other = new StoryStatement(new StoryKey("meeting", false, List.of("DE", "UA"), null, List.of()),
                statement("c", 1, "Reuters", Stance.CLAIM, "Ein Treffen.", day(3)), article("c", "x", "t", 3), "Reuters", "Reuters", null, List.of(), List.of());
        assertThatThrownBy(() -> run.apply(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFurtherClaimByTheSameThirdPartyChangesTheStateButPublishesNothing() {
        Run run = new Run(fold);
        StoryState given = run.apply(reuters("a", 1, 3)).state();
        StoryFold.Folded then = run.apply(reuters("a", 2, 3));
        assertThat(then.update()).isEmpty();
        assertThat(then.state().statementCount()).isEqualTo(2);
        assertThat(then.state().version()).isEqualTo(given.version());
    }

    @Test
    void retractionRemovesAnArticleExactly() {
        Run run = new Run(fold);
        StoryState state = null;
        for (var s : List.of(reuters("a", 1, 3), said("b", 1, "Olaf Scholz", "Olaf Scholz", "DE", Stance.DENIAL, 4),
                said("b", 2, "Olaf Scholz", "Olaf Scholz", "DE", Stance.DENIAL, 4), said("c", 1, "Olaf Scholz", "Olaf Scholz", "DE", Stance.CLAIM, 2))) {
            state = run.apply(s).state();
        }
        assertThat(state.status()).isEqualTo(StoryStatus.DENIED);

        StoryFold.Folded then = run.retract(CALL, "b", day(5));

        assertThat(then.state().status()).isEqualTo(StoryStatus.CLAIMED);
        assertThat(then.state().statementCount()).isEqualTo(2);
        assertThat(then.state().positionOf("Olaf Scholz")).get().extracting(Position::articleId).isEqualTo("c");
        assertThat(then.update()).get().extracting(StoryUpdate::changes).asList()
                .contains("retracted article b", "status DENIED -> CLAIMED", "position of Olaf Scholz: DENIAL -> CLAIM");
    }

    @Test
    void aLongStoryKeepsABoundedTimelineWhilePositionsAndCountsStayExact() {
        StoryFold small = new StoryFold(10);
        List<StoryStatement> statements = new ArrayList<>();
        for (int i = 1; i <= 1500; i++) {
            String articleId = "n" + (i % 100);
            int day = 1 + (i % 100) % 28;
            statements.add(i == 700
                    ? said(articleId, i, "Bundesregierung", "Olaf Scholz", "DE", Stance.DENIAL, day)
                    : reuters(articleId, i, day));
        }
        Collections.shuffle(statements, new Random(7));
        Run run = new Run(small);
        StoryState state = null;
        for (StoryStatement s : statements) state = run.apply(s).state();

        assertThat(state.timeline()).hasSize(10).isSortedAccordingTo(Comparator.comparing(TimelineEntry::order));
        assertThat(state.timelineDropped()).isEqualTo(1490);
        assertThat(state.statementCount()).isEqualTo(1500);
        assertThat(state.status()).isEqualTo(StoryStatus.DENIED);
        assertThat(state.positionOf("Olaf Scholz")).get().extracting(Position::ordinal).isEqualTo(700);
        assertThat(state.positionOf("Reuters")).get().extracting(Position::at).isEqualTo(day(28));
        assertThat(state.firstSeen()).isEqualTo(day(1));
    }

    @Test
    void theFinalStateDoesNotDependOnArrivalOrder() {
        List<StoryStatement> statements = List.of(reuters("a", 1, 3),
                said("b", 1, "Bundesregierung", "Olaf Scholz", "DE", Stance.DENIAL, 5),
                said("c", 1, "Olaf Scholz", "Olaf Scholz", "DE", Stance.CONFIRMATION, 7),
                said("d", 1, "Wolodymyr Selenskyj", "Wolodymyr Selenskyj", "UA", Stance.NO_COMMENT, 6),
                said("e", 1, "Olaf Scholz", "Olaf Scholz", "DE", Stance.DENIAL, 7));
        Run first = new Run(fold);
        StoryState reference = null;
        for (StoryStatement s : statements) reference = first.apply(s).state();
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<StoryStatement> shuffled = new ArrayList<>(statements);
            Collections.shuffle(shuffled, random);
            Run run = new Run(fold);
            StoryState state = null;
            for (StoryStatement s : shuffled) state = run.apply(s).state();
            // Same day: the tie goes to the later article id, so "e" (DENIAL) is Scholz's latest position.
            assertThat(state.status()).isEqualTo(reference.status()).isEqualTo(StoryStatus.DENIED);
            assertThat(state.positions()).isEqualTo(reference.positions());
            assertThat(state.timeline()).isEqualTo(reference.timeline());
            assertThat(state.outlets()).isEqualTo(reference.outlets());
            assertThat(state.title()).isEqualTo(reference.title());
        }
    }

    @Test
    void aFurtherStatementOfAnArticleAlreadyCountedReadsNoOtherArticlesLedger() {
        Run run = new Run(fold);
        for (int i = 0; i < 30; i++) run.apply(reuters("n" + i, 1, 1 + i % 28));
        StoryStatement repeat = said("n7", 2, "Reuters", "Reuters", null, Stance.CLAIM, 8);
        StoryStatement sameSentence = new StoryStatement(CALL, statement("n7", 2, "Reuters", Stance.CLAIM, sentence("n7", 1), day(8)),
                repeat.article(), "Reuters", "Reuters", null, List.of("Olaf Scholz"), shingles(sentence("n7", 1)));
        StoryLedgers onlyByArticle = new StoryLedgers() {
            @Override
            public ArticleLedger get(String articleId) { return run.ledgers.of(CALL.id()).get(articleId); }

            @Override
            public List<ArticleLedger> all() { throw new AssertionError("read every ledger of the story"); }

            @Override
            public CopyIndex copies() { throw new AssertionError("read the copy index for an article already counted"); }
        };

        StoryFold.Folded then = fold.apply(run.state, onlyByArticle, sameSentence);

        assertThat(then.state().statementCount()).isEqualTo(31);
        assertThat(then.ledger().ordinals()).containsExactly(1, 2);
    }

    @Test
    void anArticleNewToALongStoryReadsItsOwnLedgerAndNoOtherAndCountsSourcesAsTheFullRecount() {
        Run run = new Run(fold);
        for (int i = 0; i < 200; i++) run.apply(reuters("n" + i, 1, 1 + i % 28));
        // A syndicated copy of n7 (same sentence, another outlet): it joins n7's copy group.
        StoryStatement copy = new StoryStatement(CALL, statement("copy", 1, "Reuters", Stance.CLAIM, sentence("n7", 1), day(9)),
                article("copy", "Outlet copy", "Telefonat", 9), "Reuters", "Reuters", null, List.of("Olaf Scholz"), shingles(sentence("n7", 1)));
        List<String> asked = new ArrayList<>();
        StoryLedgers ownLedgerOnly = new StoryLedgers() {
            @Override
            public ArticleLedger get(String articleId) {
                asked.add(articleId);
                return run.ledgers.of(CALL.id()).get(articleId);
            }

            @Override
            public List<ArticleLedger> all() { throw new AssertionError("read every ledger of the story"); }

            @Override
            public CopyIndex copies() { return run.ledgers.of(CALL.id()).copies(); }
        };

        StoryFold.Folded then = fold.apply(run.state, ownLedgerOnly, copy);

        assertThat(asked).containsOnly("copy");
        List<ArticleLedger> all = new ArrayList<>(run.ledgers.of(CALL.id()).all());
        all.add(then.ledger());
        Sources recounted = Sources.of(all);
        assertThat(then.state().independentSources()).isEqualTo(recounted.independent()).isEqualTo(200);
        assertThat(then.state().outlets()).isEqualTo(recounted.outlets()).hasSize(Sources.LISTED).containsEntry("Outlet copy", 1);
        assertThat(then.state().outletCount()).isEqualTo(recounted.outletCount()).isEqualTo(201);
        // The copy's outlet is new to the story; n7's (past the listed ones) is still in one group, so its entry is left alone.
        assertThat(then.copies()).contains(new CopyIndex.Write(CopyIndex.sourceKey("Outlet copy"), CopyEntry.count(1)))
                .noneMatch(w -> w.key().equals(CopyIndex.sourceKey("Outlet n7")));
    }

    @Test
    void whatAStoryCarriesOfItsSourcesDoesNotGrowWithThemAndListsWhatTheFullRecountLists() {
        Run run = new Run(fold);
        String at200 = null;
        for (int i = 0; i < 400; i++) {
            // Every second article has no outlet: it counts as a source of its own, named by its id. Named
            // and unnamed sources alternate in name order (S0000n, S0001, S0002n, ...).
            String id = String.format("S%04d", i);
            var s = statement(id, 1, "Reuters", Stance.CLAIM, sentence(id, 1), day(1 + i % 28));
            ArticleInfo article = new ArticleInfo(id, i % 2 == 0 ? id + "n" : null, "https://example.org/" + id, "Telefonat", null,
                    day(1 + i % 28), "de");
            run.apply(new StoryStatement(CALL, s, article, "Reuters", "Reuters", null, List.of("Olaf Scholz"), shingles(s.sentenceText())));
            if (i == 199) at200 = sourcesPart(run.state);
        }

        assertThat(run.state.outletCount()).isEqualTo(400);
        assertThat(run.state.outlets()).hasSize(Sources.LISTED).containsKeys("S0000n", "S0001", "S0063")
                .isEqualTo(Sources.of(run.ledgers.of(CALL.id()).all()).outlets());
        assertThat(run.state.unnamedOutlets()).hasSize(Sources.LISTED / 2).containsEntry("S0001", "https://example.org/S0001");
        assertThat(sourcesPart(run.state)).as("what the state holds of its sources at 400, against 200").isEqualTo(at200);

        // A listed source leaving a full list: the next one by name takes its place, as the full recount has it.
        StoryState without = run.retract(CALL, "S0000", day(20)).state();
        assertThat(without.outletCount()).isEqualTo(399);
        assertThat(without.outlets()).hasSize(Sources.LISTED).doesNotContainKey("S0000n").containsKey("S0064n")
                .isEqualTo(Sources.of(run.ledgers.of(CALL.id()).all()).outlets());
    }

    private static String sourcesPart(StoryState state) {
        return state.outlets() + " " + state.unnamedOutlets();
    }

    @Test
    void takingAnArticleOutGivesTheStoryFoldedWithoutIt() {
        List<StoryStatement> statements = List.of(reuters("a", 1, 3),
                said("b", 1, "Bundesregierung", "Olaf Scholz", "DE", Stance.DENIAL, 5),
                said("c", 1, "Olaf Scholz", "Olaf Scholz", "DE", Stance.CONFIRMATION, 7),
                said("c", 2, "Wolodymyr Selenskyj", "Wolodymyr Selenskyj", "UA", Stance.NO_COMMENT, 6),
                said("d", 1, "Olaf Scholz", "Olaf Scholz", "DE", Stance.DENIAL, 2));
        Run all = new Run(fold);
        statements.forEach(all::apply);
        Run without = new Run(fold);
        statements.stream().filter(st -> !st.articleId().equals("c")).forEach(without::apply);

        StoryState retracted = all.retract(CALL, "c", day(9)).state();

        assertThat(retracted).usingRecursiveComparison().ignoringFields("version").isEqualTo(without.state);
        assertThat(all.ledgers.of(CALL.id()).all()).extracting(ArticleLedger::articleId).containsExactly("a", "b", "d");
    }
}
