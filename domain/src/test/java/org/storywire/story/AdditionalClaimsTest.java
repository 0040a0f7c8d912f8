package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.inSentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.Given.Said;

/** An invented citizens' group and mayor: two charges in one article, each answered in the sentence after it. */
class AdditionalClaimsTest {

    private static final String ID = "gruenfeld-vorwuerfe";

    private static String[] storiesOf(String id, List<Statement> statements, String headline, String language) {
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(id, "Talbote", null, headline, null, day(5), language), statements);
        String[] stories = new String[statements.size()];
        for (int i = 0; i < stories.length; i++) stories[i] = book.storyOf(id, i).orElseThrow();
        return stories;
    }

    @Test
    void aChargeMadeWithZudemIsAStoryOfItsOwnWithItsAnswer() {
        String[] stories = storiesOf(ID, inSentences(ID,
                new Said("Bürgerinitiative Grünfelder Au", Stance.CLAIM,
                        "Die Bürgerinitiative Grünfelder Au wirft Bürgermeister Tobias Wendrich vor, den Verkauf des Stadtparks vorzubereiten."),
                new Said("Tobias Wendrich", Stance.DENIAL, "Wendrich wies das zurück."),
                new Said("Bürgerinitiative Grünfelder Au", Stance.CLAIM,
                        "Die Bürgerinitiative Grünfelder Au wirft Wendrich zudem vor, ein Gutachten zum Hochwasserschutz zurückzuhalten."),
                new Said("Tobias Wendrich", Stance.CONFIRMATION, "Das bestätigte Wendrich.")),
                "Bürgerinitiative: Wendrich will Stadtpark verkaufen", "de");

        assertThat(stories[1]).as("the first answer").isEqualTo(stories[0]);
        assertThat(stories[2]).as("the further charge").isNotEqualTo(stories[0]);
        assertThat(stories[3]).as("its answer right after").isEqualTo(stories[2]);
    }

    @Test
    void zudemWithoutAnAccusingVerbAddsDetailToTheSameClaim() {
        String id = "gruenfeld-detail";
        String[] stories = storiesOf(id, inSentences(id,
                new Said("Bürgerinitiative Grünfelder Au", Stance.CLAIM,
                        "Die Bürgerinitiative Grünfelder Au wirft Bürgermeister Tobias Wendrich vor, den Verkauf des Stadtparks vorzubereiten."),
                new Said("Bürgerinitiative Grünfelder Au", Stance.CLAIM,
                        "Wendrich habe zudem bereits mit einem Investor über den Stadtpark gesprochen, sagte die Bürgerinitiative Grünfelder Au.")),
                "Bürgerinitiative: Wendrich will Stadtpark verkaufen", "de");

        assertThat(stories[1]).isEqualTo(stories[0]);
    }

    @Test
    void aSeparateAccusationInEnglishIsAStoryOfItsOwn() {
        String id = "gruenfeld-en";
        String[] stories = storiesOf(id, inSentences(id,
                new Said("Grünfelder Au", Stance.CLAIM, "Citizens' group Grünfelder Au accused mayor Tobias Wendrich of preparing the sale of the town park."),
                new Said("Tobias Wendrich", Stance.DENIAL, "Wendrich denied the claim."),
                new Said("Grünfelder Au", Stance.CLAIM,
                        "In a separate dispute, Grünfelder Au accused Wendrich of withholding a flood protection report.")),
                "Citizens' group says mayor plans park sale", "en");

        assertThat(stories[1]).isEqualTo(stories[0]);
        assertThat(stories[2]).isNotEqualTo(stories[0]);
    }
}
