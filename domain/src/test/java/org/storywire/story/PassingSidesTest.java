package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.inSentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.Given.Said;

/** Invented clubs and players: the same transfer told by the seller's denial and by the buyer's announcement. */
class PassingSidesTest {

    private static final String DENIAL = "falkenried-dementi";
    private static final String SIGNING = "malmvik-signing";

    private static List<Statement> denial() {
        return inSentences(DENIAL,
                new Said("TSV Falkenried", Stance.DENIAL, "Der TSV Falkenried hat einen Bericht über einen Wechsel von Torhüter Jonas Ostrander dementiert."),
                new Said("Ralf Dittmer", Stance.DENIAL, "„Es gibt kein Angebot für Ostrander“, sagte Sportchef Ralf Dittmer vom TSV Falkenried."),
                new Said("TSV Falkenried", Stance.DENIAL, "Ostrander werde auch in der nächsten Saison für Falkenried spielen, teilte der Verein mit."));
    }

    private static List<Statement> signing() {
        return inSentences(SIGNING,
                new Said("Malmvik Wolves", Stance.CLAIM,
                        "Malmvik Wolves have signed goalkeeper Jonas Ostrander from TSV Falkenried on a three-year deal, the Swedish club said on Monday."),
                new Said("TSV Falkenried", Stance.CONFIRMATION, "TSV Falkenried confirmed the transfer in a short statement."),
                new Said("Ralf Dittmer", Stance.CLAIM, "\"We could not turn this offer down,\" Falkenried sporting director Ralf Dittmer said."),
                new Said("Per Lindqvist", Stance.CLAIM, "Wolves coach Per Lindqvist said Ostrander would make the team much harder to beat."),
                new Said("TSV Falkenried", Stance.CLAIM, "Ostrander had played six seasons for Falkenried."));
    }

    private static ArticleInfo denialArticle() {
        return new ArticleInfo(DENIAL, "Hallenblick", null, "Falkenried dementiert Wechsel von Ostrander", null, day(3), "de");
    }

    private static ArticleInfo signingArticle() {
        return new ArticleInfo(SIGNING, "Baltic Wire", null, "Malmvik Wolves sign goalkeeper Ostrander from Falkenried", null, day(9), "en");
    }

    @Test
    void theBuyersAnnouncementJoinsTheSellersDenial() {
        StoryBook book = StoryBook.standard();
        book.ingest(denialArticle(), denial());
        book.ingest(signingArticle(), signing());

        String denied = book.storyOf(DENIAL, 0).orElseThrow();
        assertThat(book.storyOf(SIGNING, 1)).as("the seller's confirmation answers what it denied").contains(denied);
        assertThat(book.storyOf(SIGNING, 0)).as("the buyer's announcement").contains(denied);
        assertThat(book.story(denied).orElseThrow().status()).as("the later confirmation replaces the denial").isEqualTo(StoryStatus.CLAIMED);
    }

    @Test
    void theAnnouncementAloneGivesTheSameStory() {
        StoryBook both = StoryBook.standard();
        both.ingest(denialArticle(), denial());
        both.ingest(signingArticle(), signing());
        StoryBook alone = StoryBook.standard();
        alone.ingest(signingArticle(), signing());

        assertThat(alone.storyOf(SIGNING, 1)).isEqualTo(both.storyOf(DENIAL, 0));
    }

    @Test
    void threeSidesNamedAlikeStay() {
        String id = "tri-border-pact";
        List<Statement> statements = inSentences(id,
                new Said("Arvenia", Stance.CLAIM, "Arvenia, Belmoria and Corsenland have agreed to open their shared border crossings, Arvenia said."),
                new Said("Belmoria", Stance.CONFIRMATION, "Belmoria confirmed that Arvenia, Corsenland and Belmoria had signed the accord."),
                new Said("Corsenland", Stance.CLAIM, "Corsenland said the accord between Arvenia, Belmoria and Corsenland would take effect in May."));
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(id, "Border Post", null, "Arvenia, Belmoria and Corsenland open border crossings", null, day(4), "en"), statements);

        assertThat(book.storyOf(id, 0).orElseThrow()).contains("arvenia").contains("belmori").contains("corsenl");
    }
}
