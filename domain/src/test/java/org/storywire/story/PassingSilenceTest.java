package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.inSentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.Given.Said;

/**
 * A body that a short wire quotes once at its end, declining like the company does, is no side of the report
 * (see {@link OpposedParties}); sentences written for this test.
 */
class PassingSilenceTest {

    private static final String TITLE = "Dornvale Foods prepares recall of its oat biscuits - sources";

    @Test
    void aSecondRefusalQuotedOnceAtTheEndIsNoSideOfTheReport() {
        String id = "dornvale";
        List<Statement> statements = inSentences(id,
                new Said("three people with knowledge of the matter", Stance.CLAIM,
                        "British food maker Dornvale Foods is preparing to recall its oat biscuits after tests found traces of nuts, according to three people with knowledge of the matter."),
                new Said("Dornvale Foods", Stance.NO_COMMENT, "Dornvale declined to comment."),
                new Said("Marrowby Institute", Stance.NO_COMMENT, "The Marrowby Institute for Food Safety did not immediately respond to a request for comment."));
        // a short wire: its lead reaches the last paragraph, so the guild counts as named twice by salience
        ArticleInfo article = new ArticleInfo(id, "Tillwire", "https://example.org/" + id, TITLE,
                statements.stream().map(Statement::sentenceText).reduce((a, b) -> a + " " + b).orElseThrow(), day(5), "en");
        List<StoryGrouper.Assignment> a = StoryGrouper.standard().assignAll(article, statements);

        assertThat(a.get(1).key().sides()).as("the company's refusal answers the report alone").contains("dornval").doesNotContain("marrowb");
        assertThat(a.get(1).storyId()).isEqualTo(a.get(0).storyId());
    }

    @Test
    void aClaimQuotedOnceAndItsDenialStayOneStory() {
        String id = "dornvale-strike";
        List<Statement> statements = inSentences(id,
                new Said("Dornvale Foods", Stance.DENIAL, "\"There will be no strike at Pellick,\" Dornvale Foods said on Friday."),
                new Said("Marrowby Institute", Stance.CLAIM, "The Marrowby Institute had said on Thursday that the bakers would walk out."));
        ArticleInfo article = new ArticleInfo(id, "Tillwire", "https://example.org/" + id, "Dornvale rules out strike at Pellick",
                statements.stream().map(Statement::sentenceText).reduce((a, b) -> a + " " + b).orElseThrow(), day(5), "en");
        List<StoryGrouper.Assignment> a = StoryGrouper.standard().assignAll(article, statements);

        assertThat(a.get(1).storyId()).as("the denial answers the institute's claim").isEqualTo(a.get(0).storyId());
    }
}
