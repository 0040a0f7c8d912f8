package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Attribution;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Span;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.ArticleInfo;
import org.storywire.story.StoryBook;

class StoryScoringTest {

    @Test
    void bcubedIsOneForAPerfectGrouping() {
        assertThat(StoryScoring.bcubedF1(List.of(pair("a", "x"), pair("a", "x"), pair("b", "y")))).isEqualTo(1.0);
    }

    @Test
    void bcubedPenalisesMergingTwoStories() {
        // Three items of "a" and one of "b" all in one predicted story: precision (3*3/4 + 1/4)/4 = 0.625, recall 1.
        double f1 = StoryScoring.bcubedF1(List.of(pair("a", "x"), pair("a", "x"), pair("a", "x"), pair("b", "x")));
        assertThat(f1).isCloseTo(2 * 0.625 / 1.625, within(1e-9));
    }

    @Test
    void bcubedPenalisesSplittingAStory() {
        // "a" split 2 + 1: precision 1, recall (2*2/3 + 1/3)/3 = 5/9.
        double f1 = StoryScoring.bcubedF1(List.of(pair("a", "x"), pair("a", "x"), pair("a", "y")));
        double recall = 5.0 / 9;
        assertThat(f1).isCloseTo(2 * recall / (1 + recall), within(1e-9));
    }

    @Test
    void bcubedOfNothingIsZero() {
        assertThat(StoryScoring.bcubedF1(List.of())).isZero();
    }

    private static final Map<String, List<Statement>> ARTICLES = Map.of(
            "a1", List.of(said("a1", 0, "Reuters", Stance.CLAIM, "Laut Reuters haben Scholz und Selenskyj am Sonntag telefoniert.", 3)),
            "a2", List.of(said("a2", 0, "Bundesregierung", Stance.DENIAL, "Die Bundesregierung bestritt, dass es ein Telefonat von Scholz und Selenskyj gab.", 5)),
            "a3", List.of(said("a3", 0, "Olaf Scholz", Stance.CLAIM, "Scholz gratulierte Selenskyj zum Geburtstag.", 6)));

    private static Statement said(String article, int ordinal, String speaker, Stance stance, String sentence, int day) {
        Span span = new Span(0, sentence.length());
        return new Statement(article, ordinal, new Speaker(speaker, null, speaker, null, SpeakerKind.UNKNOWN), stance, Attribution.INDIRECT_SPEECH,
                null, null, span, span, sentence, Instant.parse(String.format("2024-11-%02dT10:00:00Z", day)), TimePrecision.DAY, 1);
    }

    private static StoryBook run(List<String> ids) {
        StoryBook book = StoryBook.standard();
        for (String id : ids) book.ingest(new ArticleInfo(id, id, null, "Scholz und Selenskyj", null, ARTICLES.get(id).get(0).madeAt(), "de"), ARTICLES.get(id));
        return book;
    }

    @Test
    void goldStoriesMapToTheirPredictedStoriesAndTransitionsReplayOnlyTheListedArticles() {
        SeedsGold gold = new SeedsGold(
                List.of(new SeedsGold.GoldArticle("a1", null, List.of()), new SeedsGold.GoldArticle("a2", null, List.of()),
                        new SeedsGold.GoldArticle("a3", null, List.of())),
                List.of(new SeedsGold.GoldStory("call", List.of(), "DENIED"), new SeedsGold.GoldStory("wishes", List.of(), "CLAIMED")),
                List.of(),
                List.of(new SeedsGold.GoldTransition(List.of("a1"), "call", "UNCONFIRMED"),
                        new SeedsGold.GoldTransition(List.of("a1", "a2"), "call", "DENIED"),
                        new SeedsGold.GoldTransition(List.of("a2"), "call", "UNCONFIRMED")));
        List<StoryScoring.Item> items = List.of(
                new StoryScoring.Item("call", true, "a1", 0), new StoryScoring.Item("call", true, "a2", 0), new StoryScoring.Item("wishes", true, "a3", 0));

        StoryScoring.Scores scores = StoryScoring.score(gold, items, ids -> StoryScoring.Outcome.of(run(ids)));

        assertThat(scores.bcubed()).isEqualTo(1.0);
        assertThat(scores.statusCorrect()).isEqualTo(2);
        assertThat(scores.mapping().get("call")).isEqualTo(run(List.of("a1", "a2", "a3")).storyOf("a1", 0).orElseThrow());
        // The last transition is wrong on purpose: after the denial alone the story is DENIED, not UNCONFIRMED.
        assertThat(scores.transitions()).containsExactly(true, true, false);
    }

    private static String[] pair(String gold, String predicted) {
        return new String[] {gold, predicted};
    }
}
