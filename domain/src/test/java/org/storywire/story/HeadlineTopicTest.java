package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.statementAt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;

/** The headline's topic, read sentence by sentence, on headlines written for this test. */
class HeadlineTopicTest {

    @Test
    void theDayOfAGermanDateIsNoFigureOfTheHeadline() {
        String id = "kostrava-werk";
        StoryBook book = StoryBook.standard();
        ArticleInfo article = new ArticleInfo(id, "Nordkurier", "https://example.org/" + id, "Kostrava: „Eine Schließung am 30. Juni wird es nicht geben“",
                "Die Geschäftsführung von Kostrava widerspricht Berichten über das Aus des Werks.", day(5), "de");
        book.ingest(article, List.of(
                statementAt(id, 0, "ein Sprecher", Stance.DENIAL, "Das sei frei erfunden, sagte ein Sprecher am Freitag.", 0, day(5))));

        assertThat(book.storyOf(id, 0).orElseThrow()).contains("kostrav").doesNotContain("qty-");
    }
}
