package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.inSentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Statement;
import org.storywire.extract.Stance;
import org.storywire.story.Given.Said;

/**
 * A party's general secretary, a council's leader and a university's rector hold offices of their organisation: their
 * denials are the organisation's and join the report about it, on sentences written for this test. The speaker is given by
 * name alone, as gold statements and most extracted ones give it: the office is read from the sentence.
 */
class OfficeHolderSpeakerTest {

    @Test
    void aGermanGeneralSecretaryDeniesForHisParty() {
        String id = "korvatin";
        List<Statement> statements = inSentences(id,
                new Said(null, Stance.CLAIM, "Die Korvatin-Partei soll nach Recherchen unserer Zeitung eine Spende verschwiegen haben."),
                new Said("Ulf Brammeier", Stance.DENIAL,
                        "„Das ist frei erfunden“, sagte Korvatin-Generalsekretär Ulf Brammeier."));
        ArticleInfo article = new ArticleInfo(id, "Talbote", "https://example.org/" + id, "Spende an Korvatin-Partei?",
                "Die Korvatin-Partei weist den Bericht zurück.", day(5), "de");
        assertTheDenialIsTheOrganisations(article, statements, "Brammeier");
    }

    @Test
    void anEnglishCouncilLeaderDeniesForTheCouncil() {
        String id = "dunholm";
        List<Statement> statements = inSentences(id,
                new Said(null, Stance.CLAIM, "Dunholm Council plans to close three libraries, according to papers seen by the Vale Courier."),
                new Said("Ruth Abernay", Stance.DENIAL, "\"No library will close,\" Dunholm Council leader Ruth Abernay said."));
        ArticleInfo article = new ArticleInfo(id, "Vale Courier", "https://example.org/" + id, "Dunholm libraries face closure",
                "Dunholm Council denies the plans.", day(5), "en");
        assertTheDenialIsTheOrganisations(article, statements, "Abernay");
    }

    @Test
    void aGermanRectorDeniesForHerUniversity() {
        String id = "wessling";
        List<Statement> statements = inSentences(id,
                new Said("Studierendenvertretung", Stance.CLAIM,
                        "Die Universität Wesslingen will nach Angaben der Studierendenvertretung ihr Institut für Geologie schließen."),
                new Said("Hanna Quedlitz", Stance.DENIAL,
                        "„Es gibt keinen solchen Beschluss“, sagte Wesslingen-Rektorin Hanna Quedlitz."));
        ArticleInfo article = new ArticleInfo(id, "Talbote", "https://example.org/" + id, "Universität Wesslingen: Aus für Geologie?",
                "Die Hochschule widerspricht.", day(5), "de");
        assertTheDenialIsTheOrganisations(article, statements, "Quedlitz");
    }

    /** The office holder's denial (statement 1) joins the report (statement 0) as the organisation's, not as the holder's own. */
    private static void assertTheDenialIsTheOrganisations(ArticleInfo article, List<Statement> statements, String holder) {
        StoryBook book = StoryBook.standard();
        book.ingest(article, statements);

        String story = book.storyOf(article.articleId(), 0).orElseThrow();
        assertThat(book.storyOf(article.articleId(), 1)).contains(story);
        assertThat(book.story(story).orElseThrow().positions()).anySatisfy(p -> {
            assertThat(p.party()).doesNotContain(holder);
            assertThat(p.standing()).isEqualTo(Standing.PARTY);
            assertThat(p.stance()).isEqualTo(Stance.DENIAL);
        });
    }
}
