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
 * Invented towns and papers: a newspaper named after its town („Selkenroder Anzeiger“, "the Gazette") publishes; it is
 * neither the town nor a club of the town, so its report makes no party of them.
 */
class OutletTitlesTest {

    @Test
    void theWordBeforeATitleNounNamesThePaperNotTheTown() {
        ArticleActors actors = ArticleActors.of("Wechselt Brinkhaus nach Selkenrode?", null, List.of(
                "Wie der „Selkenroder Anzeiger“ berichtete, hat sich Torwart Lars Brinkhaus mit dem FC Selkenrode auf einen Vertrag geeinigt.",
                "Der FC Selkenrode wollte den Bericht nicht kommentieren."), false);

        assertThat(actors.keysIn("Der FC Selkenrode wollte nicht")).as("the club").containsExactly("selkenr");
        assertThat(actors.keysIn("Der „Selkenroder Anzeiger“ hatte berichtet")).as("the paper names no club").doesNotContain("selkenr");
        assertThat(actors.keysIn("des „Selkenroder Anzeigers“")).as("nor in the genitive").doesNotContain("selkenr");
        assertThat(actors.keysIn("laut Selkenroder Anzeiger")).as("a title at the text's end").doesNotContain("selkenr");
        assertThat(actors.keysIn("in Selkenrode")).as("a name at the text's end").containsExactly("selkenr");
        assertThat(actors.keysIn("Selkenrode Brinkhaus")).as("a name, not a title, after it").containsExactly("selkenr", "brinkha");
    }

    @Test
    void theGazetteThatRevealsIsAnOutletNotASide() {
        String id = "westcombe-lido";
        List<Statement> statements = inSentences(id,
                new Said("Gazette", Stance.CLAIM, "Westcombe council is preparing to close the town's lido next summer, the Gazette can reveal."),
                new Said("council spokesman", Stance.DENIAL, "A Westcombe council spokesman said the Gazette's report was untrue."));
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(id, "Westcombe Gazette", null, "Westcombe council to close lido, Gazette can reveal", null, day(6), "en"), statements);

        String story = book.storyOf(id, 0).orElseThrow();
        assertThat(story).doesNotContain("gazette");
        assertThat(book.storyOf(id, 1)).as("the denial answers the paper's report").contains(story);
        assertThat(book.story(story).orElseThrow().status()).isEqualTo(StoryStatus.DENIED);
    }

}
