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
 * Who a statement's position belongs to, and whether it takes one, on teasers written for this test with
 * invented names: an office holder speaks for the organisation, a works council is a party of its own, and
 * a demand asserts nothing.
 */
class PartiesOnUnseenNewsTest {

    @Test
    void aChiefExecutiveTheHeadlineNamesSpeaksForTheCompany() {
        String id = "ferwig";
        List<Statement> statements = inSentences(id,
                new Said("Vorstandschef Jonas Ferwig", Stance.NO_COMMENT,
                        "Vorstandschef Jonas Ferwig wollte sich zu den Berichten über einen Stellenabbau bei der Brixner AG nicht äußern."));
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(id, "Tagespost", null, "Vorstandschef Jonas Ferwig schweigt zu Stellenabbau bei Brixner", null, day(5), "de"),
                statements);

        StoryState story = book.story(book.storyOf(id, 0).orElseThrow()).orElseThrow();
        assertThat(story.positions()).singleElement().satisfies(p -> {
            assertThat(p.party()).isEqualTo("Brixner");
            assertThat(p.standing()).isEqualTo(Standing.PARTY);
        });
    }

    @Test
    void aChiefExecutiveWhoNamesHimselfAnswersForTheCompanysStory() {
        String id = "hembrich";
        List<Statement> statements = inSentences(id,
                new Said("Die Dornveld AG", Stance.DENIAL, "Die Dornveld AG hat Berichte über einen Stellenabbau zurückgewiesen."),
                new Said("Vorstandschef Lukas Hembrich", Stance.NO_COMMENT, "Vorstandschef Lukas Hembrich wollte sich zu den Berichten nicht äußern."));
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(id, "Tagespost", null, "Stellenabbau: Vorstandschef Lukas Hembrich schweigt", null, day(5), "de"), statements);

        assertThat(book.storyOf(id, 1)).as("the chief executive's silence is about the company's story").isEqualTo(book.storyOf(id, 0));
        StoryState story = book.story(book.storyOf(id, 0).orElseThrow()).orElseThrow();
        assertThat(story.positions()).singleElement().satisfies(p -> {
            assertThat(p.party()).isEqualTo("Dornveld");
            assertThat(p.stance()).as("the company's denial in the same report holds").isEqualTo(Stance.DENIAL);
        });
    }

    @Test
    void aWorksCouncilIsAPartyOfItsOwnAndLeavesTheCompanysDenialStanding() {
        String id = "kelmbach";
        List<Statement> statements = inSentences(id,
                new Said("Die Brixner AG", Stance.DENIAL, "Die Brixner AG hat Berichte über eine Schließung ihres Werks in Kelmbach zurückgewiesen."),
                new Said("Der Betriebsrat", Stance.CLAIM, "Der Betriebsrat der Brixner AG sagte dagegen, die Schließung sei längst beschlossen."));
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(id, "Tagespost", null, "Brixner weist Bericht über Schließung zurück", null, day(5), "de"), statements);

        String storyId = book.storyOf(id, 0).orElseThrow();
        assertThat(book.storyOf(id, 1)).contains(storyId);
        StoryState story = book.story(storyId).orElseThrow();
        assertThat(story.status()).as("the company's denial is its latest position").isEqualTo(StoryStatus.DENIED);
        assertThat(story.positions()).anySatisfy(p -> {
            assertThat(p.party()).isEqualTo("Betriebsrat (Brixner)");
            assertThat(p.standing()).isEqualTo(Standing.PARTY);
            assertThat(p.stance()).isEqualTo(Stance.CLAIM);
        });
    }

    @Test
    void aDemandIsShownButTakesNoPosition() {
        String id = "pelham";
        List<Statement> statements = inSentences(id,
                new Said("Pelham Gazette", Stance.CLAIM, "The Pelham Gazette reported on Monday that Corvell Motors would close its plant."),
                new Said("The union", Stance.CLAIM, "The union demanded that Corvell Motors keep the plant open."));
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(id, "Labor Times", null, "Union demands Corvell Motors keep plant open", null, day(5), "en"), statements);

        String storyId = book.storyOf(id, 1).orElseThrow();
        StoryState story = book.story(storyId).orElseThrow();
        assertThat(story.timeline()).anySatisfy(e -> assertThat(e.evidence().sentence()).contains("demanded"));
        assertThat(story.positions()).noneSatisfy(p -> assertThat(p.speaker()).isEqualTo("The union"));
        assertThat(story.status()).as("a demand claims nothing").isEqualTo(StoryStatus.UNCONFIRMED);
    }
}
