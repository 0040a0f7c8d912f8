package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.inSentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.Given.Said;

/** Invented maker, plant and papers: a figure confirmed as larger than first reported is the report's claim grown. */
class RevisedFiguresTest {

    private static final String REPORT = "brelling-bericht";
    private static final String CONFIRMED = "brelling-bestaetigt";

    private static List<Statement> report() {
        return inSentences(REPORT,
                new Said(null, Stance.CLAIM, "Der Pumpenhersteller Brelling will nach Informationen unserer Zeitung sein Werk in Ostmarsch schließen."),
                new Said("Brelling", Stance.NO_COMMENT, "Brelling wollte sich nicht zu dem Bericht äußern."));
    }

    private static List<Statement> confirmation(String grown) {
        return inSentences(CONFIRMED,
                new Said("Brelling", Stance.CONFIRMATION, "Der Pumpenhersteller Brelling hat die Schließung seines Werks in Ostmarsch bestätigt."),
                new Said("Brelling", Stance.CLAIM, "Betroffen seien 380 Beschäftigte" + grown + ", teilte das Unternehmen mit."),
                new Said("Ostmarscher Tagblatt", Stance.CLAIM, "Das „Ostmarscher Tagblatt“ hatte am Montag von 250 Stellen berichtet."));
    }

    @Test
    void aConfirmedFigureLargerThanFirstReportedStaysWithTheReport() {
        StoryBook book = StoryBook.standard();
        book.ingest(Given.article(REPORT, "Ostmarscher Tagblatt", "Brelling will Werk in Ostmarsch schließen", 3), report());
        book.ingest(Given.article(CONFIRMED, "Nachrichtenring", "Brelling bestätigt Aus in Ostmarsch – 380 Stellen betroffen", 4),
                confirmation(" und damit mehr als zunächst bekannt"));

        String story = book.storyOf(REPORT, 0).orElseThrow();
        assertThat(book.storyOf(CONFIRMED, 0)).as("the confirmation").contains(story);
        assertThat(book.storyOf(CONFIRMED, 1)).as("the grown figure").contains(story);
        assertThat(book.storyOf(CONFIRMED, 2)).as("the paper's first figure").contains(story);
        assertThat(book.story(story).orElseThrow().status()).isEqualTo(StoryStatus.CLAIMED);
    }

    @Test
    void withoutTheComparisonTheFigureStillKeysAStoryOfItsOwn() {
        List<StoryGrouper.Assignment> assigned = StoryGrouper.standard().assignAll(
                Given.article(CONFIRMED, "Nachrichtenring", "Brelling bestätigt Aus in Ostmarsch – 380 Stellen betroffen", 4), confirmation(""));
        assertThat(assigned.get(1).key().topic()).containsExactly("qty-380");
    }

    @Test
    void readsTheComparisonInGermanAndEnglish() {
        assertThat(RevisedFigures.grown("Damit sind mehr Arbeitsplätze betroffen als zunächst berichtet.")).isTrue();
        assertThat(RevisedFigures.grown("The toll was higher than initially reported, officials said.")).isTrue();
        assertThat(RevisedFigures.grown("Far fewer jobs will go than first reported.")).isFalse();
        assertThat(RevisedFigures.grown("Mehr als 300 Menschen demonstrierten, zunächst friedlich.")).isFalse();
    }
}
