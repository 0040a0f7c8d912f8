package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.article;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/**
 * Whole scenarios through grouping and fold: given these articles, when this one arrives, expect
 * these updates and this state. The articles are invented; the actors come from the catalog.
 */
class StoryScenarioTest {

    private static final String TITLE = "Telefonat zwischen Scholz und Selenskyj";

    private record Art(ArticleInfo info, List<Statement> statements) {}

    private static Art report() {
        return new Art(article("r1", "Reuters", TITLE, 4), List.of(
                statement("r1", 1, "Reuters", Stance.CLAIM, "Laut Reuters haben Scholz und Selenskyj am Sonntag heimlich telefoniert.", day(3)),
                statement("r1", 2, "Reuters", Stance.CLAIM, "Dabei soll Scholz weitere Flugabwehr zugesagt haben.", day(3))));
    }

    private static Art governmentDenies() {
        return new Art(article("g1", "dpa", TITLE, 5), List.of(
                statement("g1", 1, "Steffen Hebestreit", Stance.DENIAL, "Regierungssprecher Hebestreit sagte, ein solches Telefonat habe es nicht gegeben.", day(5))));
    }

    private static Art kyivDeclines() {
        return new Art(article("k1", "AFP", TITLE, 5), List.of(
                statement("k1", 1, "Ukraine", Stance.NO_COMMENT, "Das ukrainische Präsidialamt wollte das Telefonat nicht kommentieren.", day(5))));
    }

    private static Art scholzConfirms() {
        return new Art(article("s1", "ARD", TITLE, 7), List.of(
                statement("s1", 1, "Olaf Scholz", Stance.CONFIRMATION, "Scholz räumte am Donnerstag ein, mit Selenskyj telefoniert zu haben.", day(7))));
    }

    private static Art scholzPlansMeeting() {
        return new Art(article("m1", "dpa", "Scholz will Selenskyj treffen", 6), List.of(
                statement("m1", 1, "Olaf Scholz", Stance.CLAIM, "Scholz kündigte an, Selenskyj demnächst in Kiew treffen zu wollen.", day(6))));
    }

    private static StoryBook given(Art... articles) {
        StoryBook book = StoryBook.standard();
        for (Art a : articles) book.ingest(a.info(), a.statements());
        return book;
    }

    private static String callStory(StoryBook book) {
        return book.storyOf("r1", 1).orElseThrow();
    }

    @Test
    void aReportAloneIsUnconfirmed() {
        StoryBook book = given(report());
        StoryState call = book.story(callStory(book)).orElseThrow();
        assertThat(call.status()).isEqualTo(StoryStatus.UNCONFIRMED);
        assertThat(call.statementCount()).isEqualTo(2);
        assertThat(book.storyOf("r1", 2)).contains(callStory(book));
    }

    @Test
    void contestedAPartyDeniesInAnotherArticleThatDoesNotNameTheReport() {
        StoryBook book = given(report());

        List<StoryUpdate> updates = book.ingest(governmentDenies().info(), governmentDenies().statements());

        String call = callStory(book);
        assertThat(book.storyOf("g1", 1)).contains(call);
        assertThat(updates).filteredOn(u -> u.storyId().equals(call)).singleElement().satisfies(u -> {
            assertThat(u.previousStatus()).isEqualTo(StoryStatus.UNCONFIRMED);
            assertThat(u.status()).isEqualTo(StoryStatus.DENIED);
            assertThat(u.cause().party()).isEqualTo("Olaf Scholz");
            assertThat(u.cause().standing()).isEqualTo(Standing.PARTY);
        });
        assertThat(book.story(call).orElseThrow().positionOf("Olaf Scholz")).get().extracting(Position::stance).isEqualTo(Stance.DENIAL);
    }

    @Test
    void noCommentOnlyLeavesTheStoryUnconfirmed() {
        StoryBook book = given(report());

        List<StoryUpdate> updates = book.ingest(kyivDeclines().info(), kyivDeclines().statements());

        StoryState call = book.story(callStory(book)).orElseThrow();
        assertThat(call.status()).isEqualTo(StoryStatus.UNCONFIRMED);
        assertThat(call.positionOf("Ukraine")).get().satisfies(p -> {
            assertThat(p.stance()).isEqualTo(Stance.NO_COMMENT);
            assertThat(p.standing()).isEqualTo(Standing.PARTY);
        });
        assertThat(updates).filteredOn(u -> u.storyId().equals(call.storyId())).singleElement()
                .satisfies(u -> assertThat(u.status()).isEqualTo(u.previousStatus()));
    }

    @Test
    void aPartyChangingItsPositionLaterTurnsTheStatus() {
        StoryBook book = given(report(), governmentDenies());

        List<StoryUpdate> updates = book.ingest(scholzConfirms().info(), scholzConfirms().statements());

        assertThat(book.story(callStory(book)).orElseThrow().status()).isEqualTo(StoryStatus.CLAIMED);
        assertThat(updates).anySatisfy(u -> assertThat(u.changes()).contains("status DENIED -> CLAIMED"));
    }

    @Test
    void anAnnouncedMeetingIsAnotherStoryWithTheSameActors() {
        StoryBook book = given(report(), scholzPlansMeeting());
        assertThat(book.storyOf("m1", 1)).isPresent().get().isNotEqualTo(callStory(book));
        assertThat(book.stories()).hasSize(2);
    }

    @Test
    void retractingTheDenialRestoresTheEarlierStatus() {
        StoryBook book = given(report(), governmentDenies());
        assertThat(book.story(callStory(book)).orElseThrow().status()).isEqualTo(StoryStatus.DENIED);

        List<StoryUpdate> updates = book.retract("g1", day(9));

        StoryState call = book.story(callStory(book)).orElseThrow();
        assertThat(call.status()).isEqualTo(StoryStatus.UNCONFIRMED);
        assertThat(call.statementCount()).isEqualTo(2);
        assertThat(updates).singleElement().satisfies(u -> assertThat(u.changes()).contains("retracted article g1", "status DENIED -> UNCONFIRMED"));
    }

    @Test
    void anUpdatedArticleReplacesItsEarlierVersion() {
        StoryBook book = given(report(), governmentDenies());
        Art corrected = new Art(governmentDenies().info(), List.of(
                statement("g1", 1, "Steffen Hebestreit", Stance.NO_COMMENT, "Regierungssprecher Hebestreit wollte sich zu dem Telefonat nicht äußern.", day(5))));

        book.ingest(corrected.info(), corrected.statements());

        StoryState call = book.story(callStory(book)).orElseThrow();
        assertThat(call.status()).isEqualTo(StoryStatus.UNCONFIRMED);
        assertThat(call.statementCount()).isEqualTo(3);
    }

    @Test
    void timeTravelShowsTheStoryAsItStoodThen() {
        StoryBook book = given(report(), governmentDenies(), scholzConfirms());
        String call = callStory(book);

        assertThat(book.asOf(call, day(3))).isEmpty();
        assertThat(book.asOf(call, day(4))).get().extracting(StoryState::status).isEqualTo(StoryStatus.UNCONFIRMED);
        assertThat(book.asOf(call, day(6))).get().extracting(StoryState::status).isEqualTo(StoryStatus.DENIED);
        assertThat(book.asOf(call, day(8))).get().extracting(StoryState::status).isEqualTo(StoryStatus.CLAIMED);
        assertThat(book.asOf(call, day(8)).orElseThrow().positions()).isEqualTo(book.story(call).orElseThrow().positions());
    }

    @Test
    void aSyndicatedCopyJoinsTheStoryAndCountsOnce() {
        Art copy = new Art(article("c1", "Zeitung", TITLE, 4), List.of(
                statement("c1", 1, "Reuters", Stance.CLAIM, "Laut Reuters haben Scholz und Selenskyj am Sonntag telefoniert.", day(3)),
                statement("c1", 2, "Reuters", Stance.CLAIM, "Dabei soll Scholz weitere Flugabwehr zugesagt haben.", day(3))));
        StoryBook book = given(report(), copy);
        StoryState call = book.story(callStory(book)).orElseThrow();
        assertThat(book.storyOf("c1", 1)).contains(call.storyId());
        assertThat(call.independentSources()).isEqualTo(1);
        assertThat(call.outlets()).containsOnlyKeys("Reuters", "Zeitung");

        book.ingest(kyivDeclines().info(), kyivDeclines().statements());
        assertThat(book.story(callStory(book)).orElseThrow().independentSources()).isEqualTo(2);
    }

    @Test
    void finalStatusesAndAssignmentsDoNotDependOnArticleOrderInAll120Orders() {
        List<Art> articles = List.of(report(), governmentDenies(), kyivDeclines(), scholzConfirms(), scholzPlansMeeting());
        Map<String, StoryStatus> reference = null;
        Map<String, String> referenceAssignment = null;
        int orders = 0;
        for (List<Art> order : permutations(articles)) {
            StoryBook book = given(order.toArray(Art[]::new));
            Map<String, StoryStatus> statuses = new TreeMap<>();
            book.stories().forEach((id, s) -> statuses.put(id, s.status()));
            Map<String, String> assignment = new TreeMap<>();
            for (Art a : articles) for (Statement s : a.statements()) {
                assignment.put(s.articleId() + "#" + s.ordinal(), book.storyOf(s.articleId(), s.ordinal()).orElseThrow());
            }
            if (reference == null) {
                reference = statuses;
                referenceAssignment = assignment;
            }
            assertThat(statuses).isEqualTo(reference);
            assertThat(assignment).isEqualTo(referenceAssignment);
            orders++;
        }
        assertThat(orders).isEqualTo(120);
        assertThat(reference).containsValue(StoryStatus.CLAIMED);
    }

    @Test
    void sparseStatementsWithoutSpeakerTimeOrOffsetsAreGroupedAndFolded() {
        ArticleInfo undated = new ArticleInfo("u1", null, null, null, null, null, null);
        Statement bare = new Statement("u1", 0, null, Stance.CLAIM, null, null, null, null, null, null, null, null, 0.5);
        Statement noTime = new Statement("u1", 1, null, Stance.DENIAL, null, null, null, null, null,
                "Selenskyj bestritt ein Treffen mit Scholz.", null, null, 0.5);
        StoryBook book = StoryBook.standard();

        book.ingest(undated, List.of(bare, noTime));

        assertThat(book.storyOf("u1", 0)).isPresent();
        assertThat(book.storyOf("u1", 1)).isPresent();
        StoryState meeting = book.story(book.storyOf("u1", 1).orElseThrow()).orElseThrow();
        assertThat(meeting.storyId()).isEqualTo("meeting:de+ua");
        assertThat(meeting.status()).isEqualTo(StoryStatus.UNCONFIRMED);
        assertThat(meeting.firstSeen()).isNull();
    }

    static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) return List.of(List.of());
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> p = new ArrayList<>();
                p.add(head);
                p.addAll(tail);
                out.add(p);
            }
        }
        return out;
    }
}
