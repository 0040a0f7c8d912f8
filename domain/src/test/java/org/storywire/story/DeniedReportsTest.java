package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.inSentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.Given.Said;

/** Invented maker and paper: a recall told by the maker, and a paper's report, denied by the maker, that it knew of the fault. */
class DeniedReportsTest {

    private static final String WIRE = "corvath-recall-en";
    private static final String GERMAN = "corvath-rueckruf-de";

    private static List<Statement> wire() {
        return inSentences(WIRE,
                new Said("Corvath Motors", Stance.CLAIM, "Corvath Motors is recalling its e-bikes because a brake cable can snap, the company said on Monday."),
                new Said("Corvath Motors", Stance.CLAIM, "Owners would get a free repair at any dealer, Corvath Motors said."),
                new Said("Harbour Gazette", Stance.CLAIM, "The Harbour Gazette newspaper reported that Corvath Motors had known about the faulty cables for a year."),
                new Said("Corvath Motors", Stance.DENIAL, "Corvath Motors rejected that account."),
                new Said("Corvath Motors", Stance.CLAIM, "\"We acted as soon as the first case was confirmed,\" a Corvath Motors spokesman said."));
    }

    private static List<Statement> german() {
        return inSentences(GERMAN,
                new Said("Corvath Motors", Stance.DENIAL, "Der Hersteller Corvath Motors bestreitet, früh von dem Mangel gewusst zu haben."),
                new Said("Landesprüfstelle", Stance.CLAIM, "Eine Sprecherin der Landesprüfstelle sagte, der Rückruf sei mit der Behörde abgestimmt."),
                new Said("Corvath Motors", Stance.CLAIM, "Nach Angaben von Corvath Motors kann bei den E-Bikes ein Bremszug reißen."),
                new Said("Harbour Gazette", Stance.CLAIM, "Die Zeitung „Harbour Gazette“ hatte berichtet, Corvath Motors habe seit einem Jahr von dem Mangel gewusst."),
                new Said("Corvath Motors", Stance.DENIAL, "Ein Corvath-Sprecher wies das zurück."));
    }

    @Test
    void theDenialAnswersThePaperNotTheMakersOwnNews() {
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(WIRE, "Coast Wire", null, "Corvath Motors recalls e-bikes over brake cables", null, day(4), "en"), wire());

        String report = book.storyOf(WIRE, 2).orElseThrow();
        assertThat(book.storyOf(WIRE, 3)).as("the denial answers the paper").contains(report);
        assertThat(book.storyOf(WIRE, 4)).as("what explains the denial").contains(report);
        String recall = book.storyOf(WIRE, 0).orElseThrow();
        assertThat(recall).as("the maker's own news").isNotEqualTo(report);
        assertThat(book.story(recall).orElseThrow().status()).isEqualTo(StoryStatus.CLAIMED);
        assertThat(book.story(report).orElseThrow().status()).isEqualTo(StoryStatus.DENIED);
    }

    @Test
    void anotherLanguageLeadingWithTheDenialReachesTheSameTwoStories() {
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo(WIRE, "Coast Wire", null, "Corvath Motors recalls e-bikes over brake cables", null, day(4), "en"), wire());
        book.ingest(new ArticleInfo(GERMAN, "Rheinpost", null, "Corvath ruft E-Bikes zurück", null, day(5), "de"), german());

        assertThat(book.storyOf(GERMAN, 0)).as("the lead's denial").isEqualTo(book.storyOf(WIRE, 2));
        assertThat(book.storyOf(GERMAN, 3)).as("the paper").isEqualTo(book.storyOf(WIRE, 2));
        assertThat(book.storyOf(GERMAN, 4)).as("the spokesman's denial").isEqualTo(book.storyOf(WIRE, 2));
        assertThat(book.storyOf(GERMAN, 2)).as("the maker's own news").isNotEqualTo(book.storyOf(GERMAN, 3));
        assertThat(book.story(book.storyOf(GERMAN, 2).orElseThrow()).orElseThrow().status()).isEqualTo(StoryStatus.CLAIMED);
    }

    @Test
    void anArticleHeadedByThePartysDenialIsTheReportsStory() {
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo("brackwell-1-report", "Coast Wire", null, "Brackwell Ferries weighs closing Tansey route, sources say", null, day(4), "en"),
                inSentences("brackwell-1-report",
                        new Said("people familiar with the matter", Stance.CLAIM,
                                "Brackwell Ferries is considering closing its Tansey route, two people familiar with the matter said."),
                        new Said("Brackwell Ferries", Stance.NO_COMMENT, "Brackwell Ferries declined to comment on the Tansey route.")));
        String headline = "Brackwell chief: 'No plans to drop Tansey route'";
        book.ingest(new ArticleInfo("brackwell-2-denial", "Harbour Post", null, headline, null, day(6), "en"),
                inSentences("brackwell-2-denial",
                        new Said("Brackwell Ferries", Stance.DENIAL, headline),
                        new Said("Brackwell Ferries", Stance.DENIAL,
                                "The boss of Brackwell Ferries has rejected reports that the operator will close its Tansey route."),
                        new Said("Coast Wire", Stance.CLAIM, "Coast Wire reported on Monday that Brackwell Ferries was weighing a closure of the Tansey route."),
                        new Said("Brackwell Ferries", Stance.CLAIM,
                                "Brackwell Ferries would publish its Tansey route timetable in May, as usual, the chief executive said.")));

        String report = book.storyOf("brackwell-1-report", 0).orElseThrow();
        assertThat(book.storyOf("brackwell-2-denial", 1)).as("the denial answers the first report").contains(report);
        assertThat(book.storyOf("brackwell-2-denial", 2)).as("the report recalled").contains(report);
        assertThat(book.story(report).orElseThrow().status()).isEqualTo(StoryStatus.DENIED);
    }
}
