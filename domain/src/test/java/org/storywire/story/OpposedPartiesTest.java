package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.article;
import static org.storywire.story.Given.inSentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.Given.Said;

class OpposedPartiesTest {

    @Test
    void twoOrganisationsThatEachSpeakOfThemselvesAreOneStoryWhenOneAnswers() {
        String id = "raffinerie";
        List<Statement> statements = inSentences(id,
                new Said("Drevonien", Stance.DENIAL, "Die Regierung von Drevonien bestreitet jede Sabotage an der Raffinerie."),
                new Said("Sorvakien", Stance.CLAIM, "Die Armee von Sorvakien hatte am Montag erklärt, ihre Soldaten hätten die Anlage zerstört."),
                new Said("Sorvakien", Stance.CLAIM, "Zivilisten seien nicht verletzt worden, teilte die Armee von Sorvakien mit."));
        StoryBook book = StoryBook.standard();
        book.ingest(article(id, "Nordkurier", "Drevonien: Satellitenbilder zeigen Schäden an Raffinerie", 5), statements);

        String denial = book.storyOf(id, 0).orElseThrow();
        assertThat(book.storyOf(id, 1)).as("the claim the denial answers").contains(denial);
        assertThat(book.storyOf(id, 2)).contains(denial);
        assertThat(book.story(denial).orElseThrow().status()).isEqualTo(StoryStatus.DENIED);
    }

    @Test
    void aCommentatorNamedOnceIsNoSideOfTheClaim() {
        String id = "tellbrook";
        List<Statement> statements = inSentences(id,
                new Said("Tellbrook", Stance.NO_COMMENT, "On Monday, Tellbrook declined to comment on a report that it would close its plant in Harwick."),
                new Said("Cellmont Research", Stance.CLAIM, "\"Investors will ask hard questions,\" said a note by Cellmont Research."));
        StoryBook book = StoryBook.standard();
        book.ingest(article(id, "Harbour Post", "Tellbrook silent on report of plant closure", 5), statements);

        String silence = book.storyOf(id, 0).orElseThrow();
        assertThat(book.storyOf(id, 1)).isNotEqualTo(book.storyOf(id, 0));
        assertThat(book.story(silence).orElseThrow().status()).as("a commentator's claim is not the company's").isEqualTo(StoryStatus.UNCONFIRMED);
    }
}
