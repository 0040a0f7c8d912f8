package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.inSentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.Given.Said;

/** An invented club and player: a transfer report and a second accusation, both about them, denied one after the other. */
class AdditionalDenialsTest {

    private static final String ID = "torvik-dementi";

    private static List<Statement> denials() {
        return inSentences(ID,
                new Said("SC Torvik", Stance.DENIAL, "Der SC Torvik hat einen Bericht über einen Verkauf von Mittelfeldspieler Ole Brandtner dementiert."),
                new Said("SC Torvik", Stance.DENIAL, "Brandtner werde auch in der kommenden Saison für Torvik spielen, sagte der Sportchef des SC Torvik."),
                new Said("SC Torvik", Stance.DENIAL, "Auch den Vorwurf, Brandtner habe eine Geldstrafe des SC Torvik nicht bezahlt, wies der Verein zurück."),
                new Said("SC Torvik", Stance.CLAIM, "Brandtner habe die Strafe für Torvik längst beglichen, teilte der SC Torvik mit."),
                new Said("Jan Ruhland", Stance.DENIAL, "„Von einer offenen Strafe des SC Torvik kann keine Rede sein“, sagte Brandtners Berater Jan Ruhland."));
    }

    @Test
    void aDenialOfOneMoreClaimIsAStoryOfItsOwn() {
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(ID, "Hallenblick", null, "Torvik dementiert Verkauf von Brandtner", null, day(3), "de"), denials());

        String transfer = book.storyOf(ID, 0).orElseThrow();
        assertThat(book.storyOf(ID, 1)).contains(transfer);
        String fine = book.storyOf(ID, 2).orElseThrow();
        assertThat(fine).as("the accusation's denial").isNotEqualTo(transfer);
        assertThat(book.storyOf(ID, 3)).as("the reason the club gives right after").contains(fine);
        assertThat(book.storyOf(ID, 4)).as("the player's adviser denies it too").contains(fine);
    }

    @Test
    void anotherSpeakerIntroducedByAuchAnswersTheSameClaim() {
        String id = "torvik-schweigen";
        List<Statement> statements = inSentences(id,
                new Said("Ole Brandtner", Stance.DENIAL, "Ole Brandtner bestritt, mit dem SC Torvik über einen Abschied gesprochen zu haben."),
                new Said("SC Torvik", Stance.DENIAL, "Auch der Sportchef des SC Torvik wies einen Abschied von Brandtner zurück."));
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(id, "Hallenblick", null, "Brandtner bleibt in Torvik", null, day(4), "de"), statements);

        assertThat(book.storyOf(id, 1)).isEqualTo(book.storyOf(id, 0));
    }

    @Test
    void anEnglishAlsoDeniedAnswersAFurtherClaim() {
        String id = "torvik-en";
        List<Statement> statements = inSentences(id,
                new Said("SC Torvik", Stance.DENIAL, "SC Torvik denied a report that it was about to sell Ole Brandtner."),
                new Said("SC Torvik", Stance.DENIAL, "SC Torvik also denied that Brandtner had refused to pay a fine imposed by Torvik."));
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(id, "Baltic Wire", null, "Torvik denies Brandtner sale report", null, day(4), "en"), statements);

        assertThat(book.storyOf(id, 1)).isNotEqualTo(book.storyOf(id, 0));
    }
}
