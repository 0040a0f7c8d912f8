package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.inSentences;

import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.story.Given.Said;

/**
 * An accusation and the accused's denial of it, reported in one teaser or two: one claim and its denial, so one story.
 * Teasers written for this test with invented names.
 */
class AccusationAndDenialTest {

    @Test
    void aCourtsChargeAndTheMayorsDenialAreOneStory() {
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo("tolvan-charge", "Harbour Post", null, "Court charges Tolvan mayor with fraud", null, day(5), "en"),
                inSentences("tolvan-charge", new Said("A court", Stance.CLAIM,
                        "A court in Tolvan charged mayor Edwin Marsh with fraud on Tuesday, accusing him of diverting public funds.")));
        // "Tolvan" opens the teaser's sentences only, and "Marsh" is an English noun: the town and the mayor must be found all the same
        book.ingest(new ArticleInfo("tolvan-denial", "Harbour Post", null, "Tolvan mayor denies fraud charges", null, day(6), "en"),
                inSentences("tolvan-denial",
                        new Said("Tolvan mayor Edwin Marsh", Stance.DENIAL, "Tolvan mayor Edwin Marsh denied the fraud charges on Wednesday."),
                        new Said("Marsh", Stance.DENIAL, "\"I have never taken a cent,\" Marsh said.")));

        String charge = book.storyOf("tolvan-charge", 0).orElseThrow();
        assertThat(book.storyOf("tolvan-denial", 0)).contains(charge);
        assertThat(book.storyOf("tolvan-denial", 1)).contains(charge);
        assertThat(book.story(charge).orElseThrow().status()).isEqualTo(StoryStatus.DENIED);
    }

    @Test
    void aDenialOfTheAccusationsJustReportedAnswersThemThoughNobodyIsNamed() {
        String id = "halvern";
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(id, "Tagespost", null, "Prozess in Halvern", null, day(5), "de"), inSentences(id,
                new Said("Die Staatsanwaltschaft", Stance.CLAIM, "Die Staatsanwaltschaft wirft dem Bürgermeister Untreue vor."),
                new Said("Der Angeklagte", Stance.DENIAL, "Der Angeklagte bestreitet die Vorwürfe.")));
        assertThat(book.storyOf(id, 1)).isEqualTo(book.storyOf(id, 0));
    }

    @Test
    void noSuchPlanPointsAtThePlanJustDenied() {
        String id = "fuel-tax";
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(id, "Harbour Post", null, "Finance ministry rejects report on tax rise", null, day(5), "en"), inSentences(id,
                new Said("The finance ministry", Stance.DENIAL, "The finance ministry rejected a report that it planned to raise fuel taxes."),
                new Said("A ministry spokesman", Stance.DENIAL, "A ministry spokesman said no such plan existed.")));
        assertThat(book.storyOf(id, 1)).isEqualTo(book.storyOf(id, 0));
    }
}
