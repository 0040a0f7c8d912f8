package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.statement;
import static org.storywire.story.Given.statementAt;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/** An invented ferry operator that denies a route closure, then confirms it while the article recalls the denial. */
class RecalledPositionsTest {

    private static final Instant PUBLISHED = day(6);
    private static final Instant TUESDAY = day(5).minusSeconds(13 * 3600);

    @Test
    void aPluperfectPositionWithoutATimeOfItsOwnIsFoldedADayBeforeItsArticle() {
        Statement recalled = statement("f2", 1, "Jorrit Ameling", Stance.DENIAL,
                "Noch in der vergangenen Woche hatte Vorstandschef Jorrit Ameling Berichte über eine Einstellung der Linie zurückgewiesen.", PUBLISHED);
        assertThat(RecalledPositions.at(recalled, PUBLISHED)).isEqualTo(PUBLISHED.minus(RecalledPositions.BEFORE_ARTICLE));
    }

    @Test
    void aPositionWithATimeOfItsOwnOrInThePresentKeepsItsTime() {
        Statement dated = statement("f2", 1, "Jorrit Ameling", Stance.DENIAL,
                "Am Montag hatte Vorstandschef Jorrit Ameling Berichte über eine Einstellung der Linie zurückgewiesen.", day(3));
        Statement present = statement("f2", 2, "Jorrit Ameling", Stance.DENIAL,
                "Vorstandschef Jorrit Ameling weist Berichte über eine Einstellung der Linie zurück.", PUBLISHED);
        Statement quoted = statement("f2", 3, "Jorrit Ameling", Stance.DENIAL,
                "„Wir hatten nie vor, die Linie einzustellen“, sagte Vorstandschef Jorrit Ameling.", PUBLISHED);
        assertThat(RecalledPositions.at(dated, PUBLISHED)).isEqualTo(day(3));
        assertThat(RecalledPositions.at(present, PUBLISHED)).isEqualTo(PUBLISHED);
        assertThat(RecalledPositions.at(quoted, PUBLISHED)).as("the pluperfect is the speaker's own words").isEqualTo(PUBLISHED);
    }

    @Test
    void anEnglishPluperfectCountsForTheSayingNotForWhatWasSaid() {
        Statement recalled = statement("f3", 1, "Osterhaff", Stance.DENIAL, "Osterhaff had earlier denied plans to close the route.", PUBLISHED);
        Statement reported = statement("f3", 2, "Osterhaff", Stance.CONFIRMATION,
                "Osterhaff on Thursday confirmed that the route had been closed for the winter.", PUBLISHED);
        Statement noun = statement("f3", 3, "Osterhaff", Stance.DENIAL, "Osterhaff said the company had no plans to close the route.", PUBLISHED);
        assertThat(RecalledPositions.recalled(recalled)).isTrue();
        assertThat(RecalledPositions.recalled(reported)).isFalse();
        assertThat(RecalledPositions.recalled(noun)).isFalse();
    }

    @Test
    void theArticlesConfirmationOutranksTheDenialItRecalls() {
        String id = "faehre-bestaetigt";
        String confirmation = "Die Reederei Osterhaff bestätigte am Dienstag, dass die Fährlinie nach Kallum eingestellt wird.";
        String recalled = "Noch in der vergangenen Woche hatte die Reederei Osterhaff Berichte über eine Einstellung der Fährlinie zurückgewiesen.";
        List<Statement> statements = List.of(
                // "am Dienstag" in a Wednesday paper: the start of Tuesday in the outlet's zone
                statementAt(id, 0, "Reederei Osterhaff", Stance.CONFIRMATION, confirmation, 0, TUESDAY),
                statementAt(id, 1, "Reederei Osterhaff", Stance.DENIAL, recalled, confirmation.length() + 1, PUBLISHED));
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(id, "Küstenbote", null, "Osterhaff stellt Fährlinie nach Kallum ein", null, PUBLISHED, "de"), statements);

        String story = book.storyOf(id, 0).orElseThrow();
        assertThat(book.storyOf(id, 1)).contains(story);
        assertThat(book.story(story).orElseThrow().status()).isEqualTo(StoryStatus.CLAIMED);
    }
}
