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

    @Test
    void aSideThatOnlyAccusesOneThatKeepsSilentIsAnOutsideSource() {
        String id = "datenleck";
        List<Statement> statements = inSentences(id,
                new Said("Velkorn", Stance.CLAIM, "Die Kundendaten hätten wochenlang ungeschützt auf einem Server gelegen, teilte das Prüfinstitut Velkorn mit."),
                new Said("Velkorn", Stance.CLAIM, "Betroffen seien Namen und Anschriften, sagte eine Velkorn-Sprecherin."),
                new Said("Quintara", Stance.NO_COMMENT, "Quintara wollte sich zu dem Bericht nicht äußern."));
        StoryBook book = StoryBook.standard();
        book.ingest(article(id, "Nordkurier", "Prüfer: Kundendaten von Quintara offen im Netz", 5), statements);

        String silence = book.storyOf(id, 2).orElseThrow();
        assertThat(book.storyOf(id, 0)).as("the accusation the silence is about").contains(silence);
        assertThat(book.storyOf(id, 1)).contains(silence);
        StoryState story = book.story(silence).orElseThrow();
        assertThat(story.positionOf("Velkorn").orElseThrow().standing()).isEqualTo(Standing.THIRD_PARTY);
        assertThat(story.status()).as("a report its subject will not discuss").isEqualTo(StoryStatus.UNCONFIRMED);
    }

    @Test
    void aClaimantSpeakingOfItsOwnDoingStaysASide() {
        String id = "stilllegung";
        List<Statement> statements = inSentences(id,
                new Said("Velkorn", Stance.CLAIM, "Unsere Prüfer hätten die Anlage stillgelegt, teilte das Prüfinstitut Velkorn mit."),
                new Said("Velkorn", Stance.CLAIM, "Die Stilllegung gelte bis auf Weiteres, sagte eine Velkorn-Sprecherin."),
                new Said("Quintara", Stance.NO_COMMENT, "Quintara wollte sich zu der Stilllegung nicht äußern."));
        StoryBook book = StoryBook.standard();
        book.ingest(article(id, "Nordkurier", "Anlage von Quintara stillgelegt", 5), statements);

        String silence = book.storyOf(id, 2).orElseThrow();
        assertThat(book.storyOf(id, 0)).contains(silence);
        assertThat(book.story(silence).orElseThrow().positionOf("Velkorn").orElseThrow().standing()).isEqualTo(Standing.PARTY);
    }
}
