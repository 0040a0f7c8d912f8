package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.article;
import static org.storywire.story.Given.inSentences;

import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.story.Given.Said;

class SuccessorsTest {

    @Test
    void whoFollowsTheCoachIsAClaimOfItsOwn() {
        StoryBook book = StoryBook.standard();
        String report = "brakenfeld-bericht";
        book.ingest(article(report, "Abendkurier", "Bericht: Brakenfeld-Trainer Ansgard vor dem Aus", 5), inSentences(report,
                new Said("Abendkurier", Stance.CLAIM, "Der TuS Brakenfeld will sich laut „Abendkurier“ von Trainer Mirko Ansgard trennen."),
                new Said("Abendkurier", Stance.CLAIM, "Einen Nachfolger hat der TuS Brakenfeld demnach bereits im Blick.")));
        String answer = "brakenfeld-trennung";
        book.ingest(article(answer, "Nordblatt", "TuS Brakenfeld trennt sich von Trainer Ansgard", 7), inSentences(answer,
                new Said("TuS Brakenfeld", Stance.CONFIRMATION, "Der TuS Brakenfeld hat die Trennung von Trainer Mirko Ansgard bestätigt."),
                new Said("TuS Brakenfeld", Stance.NO_COMMENT, "Zu Berichten über einen Wunschnachfolger wollte sich der TuS Brakenfeld nicht äußern.")));

        String exit = book.storyOf(answer, 0).orElseThrow();
        String successor = book.storyOf(answer, 1).orElseThrow();
        assertThat(successor).isNotEqualTo(exit);
        assertThat(book.storyOf(report, 0)).contains(exit);
        assertThat(book.storyOf(report, 1)).as("the report's successor claim, answered by the silence").contains(successor);
        assertThat(book.story(exit).orElseThrow().status()).isEqualTo(StoryStatus.CLAIMED);
        assertThat(book.story(successor).orElseThrow().status()).as("confirming the exit confirms no successor").isEqualTo(StoryStatus.UNCONFIRMED);
    }

    @Test
    void anEnglishSuccessorClaimIsApartToo() {
        StoryBook book = StoryBook.standard();
        String id = "tarrow-ceo";
        book.ingest(article(id, "Harbour Post", "Tarrow Mills chief Dana Welk to step down", 5), inSentences(id,
                new Said("Tarrow Mills", Stance.CONFIRMATION, "Tarrow Mills confirmed that Chief Executive Dana Welk would step down in March."),
                new Said("Tarrow Mills", Stance.NO_COMMENT, "Tarrow Mills declined to comment on a report that it had picked a successor.")));

        assertThat(book.storyOf(id, 1)).isNotEqualTo(book.storyOf(id, 0));
    }
}
