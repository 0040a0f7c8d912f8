package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.inSentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Statement;
import org.storywire.extract.Stance;
import org.storywire.story.Given.Said;

/** A lawyer named with the client's name before the office speaks for the client, on sentences written for this test. */
class CounselSpeakerTest {

    @Test
    void aGermanDefenceLawyerSpeaksForTheClientNamedBeforeTheOffice() {
        String id = "pankhorst";
        List<Statement> statements = inSentences(id,
                new Said("Staatsanwalt Jens Morwede", Stance.CLAIM,
                        "Der frühere Bauamtsleiter Rüdiger Pankhorst soll Aufträge gegen Geld vergeben haben, sagte Staatsanwalt Jens Morwede."),
                new Said("Pankhorsts Verteidigerin Ilka Brenneis", Stance.DENIAL,
                        "Pankhorsts Verteidigerin Ilka Brenneis wies die Vorwürfe zurück."),
                new Said("Brenneis", Stance.DENIAL, "„Mein Mandant hat niemals Geld angenommen“, sagte Brenneis."));
        ArticleInfo article = new ArticleInfo(id, "Talbote", "https://example.org/" + id, "Prozess gegen Pankhorst beginnt",
                "Zum Auftakt sprach vor allem Pankhorsts Verteidigerin Ilka Brenneis.", day(5), "de");
        assertTheLawyersDenialIsTheClients(article, statements);
    }

    @Test
    void anEnglishLawyerSpeaksForTheClientNamedBeforeTheOffice() {
        String id = "pankhorst-en";
        List<Statement> statements = inSentences(id,
                new Said("prosecutors", Stance.CLAIM,
                        "Former planning chief Rudy Pankhorst took bribes for building permits, prosecutors said on Monday."),
                new Said("Pankhorst's lawyer Ilka Brenneis", Stance.DENIAL,
                        "Pankhorst's lawyer Ilka Brenneis rejected the charges."),
                new Said("Brenneis", Stance.DENIAL, "\"My client never took a cent,\" Brenneis said."));
        ArticleInfo article = new ArticleInfo(id, "Vale Courier", "https://example.org/" + id, "Pankhorst trial opens",
                "On the first day, Pankhorst's lawyer Ilka Brenneis did most of the talking.", day(5), "en");
        assertTheLawyersDenialIsTheClients(article, statements);
    }

    /** The lawyer's quoted denial (statement 2) joins the prosecution's story (statement 0) as Pankhorst's own denial. */
    private static void assertTheLawyersDenialIsTheClients(ArticleInfo article, List<Statement> statements) {
        StoryBook book = StoryBook.standard();
        book.ingest(article, statements);

        String story = book.storyOf(article.articleId(), 0).orElseThrow();
        assertThat(book.storyOf(article.articleId(), 2)).contains(story);
        assertThat(book.story(story).orElseThrow().positions()).anySatisfy(p -> {
            assertThat(p.party()).isEqualTo("Pankhorst");
            assertThat(p.standing()).isEqualTo(Standing.PARTY);
            assertThat(p.stance()).isEqualTo(Stance.DENIAL);
        });
    }

    @Test
    void aPlayersAgentSpeaksForThePlayerNamedBeforeTheOffice() {
        String id = "kessing";
        List<Statement> statements = inSentences(id,
                new Said(null, Stance.CLAIM, "Stürmer Linus Kessing wechselt nach Informationen unserer Zeitung zum SC Horbach."),
                new Said("Kessings Berater Ole Marwitz", Stance.DENIAL, "Kessings Berater Ole Marwitz wies den Bericht zurück."),
                new Said("Marwitz", Stance.DENIAL, "„Da ist nichts dran“, sagte Marwitz."));
        ArticleInfo article = new ArticleInfo(id, "Talbote", "https://example.org/" + id, "Wechselt Kessing zum SC Horbach?",
                "Kessings Berater Ole Marwitz dementiert.", day(5), "de");
        StoryBook book = StoryBook.standard();
        book.ingest(article, statements);

        String story = book.storyOf(id, 0).orElseThrow();
        assertThat(book.storyOf(id, 2)).contains(story);
        assertThat(book.story(story).orElseThrow().positions()).anySatisfy(p -> {
            assertThat(p.party()).isEqualTo("Kessing");
            assertThat(p.standing()).isEqualTo(Standing.PARTY);
            assertThat(p.stance()).isEqualTo(Stance.DENIAL);
        });
    }
}
