package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.article;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.statementAt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Attribution;
import org.storywire.extract.Span;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

class FigureClaimsTest {

    private static final String ID = "brakmor-union";
    private static final String[] SENTENCES = {
        "Brakmor Industries plans to cut 400 jobs at its Dutch subsidiary, the union's Ilse Vandam said on Thursday.",
        "Management told staff on Wednesday that 400 positions in Gorkum would go by the end of 2027, Vandam said.",
        "A Brakmor spokesman confirmed the figure of 400 but said it was not a mass layoff.",
        "In May, Brakmor had rejected a Pellham Wire report that it planned to cut about 3,000 jobs worldwide.",
    };

    private static List<Statement> statements() {
        int[] begin = new int[SENTENCES.length];
        for (int i = 1; i < SENTENCES.length; i++) begin[i] = begin[i - 1] + SENTENCES[i - 1].length() + 1;
        return List.of(
                statementAt(ID, 0, "Ilse Vandam", Stance.CLAIM, SENTENCES[0], begin[0], day(14)),
                statementAt(ID, 1, "Vandam", Stance.CLAIM, SENTENCES[1], begin[1], day(13)),
                statementAt(ID, 2, "A Brakmor spokesman", Stance.CONFIRMATION, SENTENCES[2], begin[2], day(14)),
                statementAt(ID, 3, "A Brakmor spokesman", Stance.DENIAL, SENTENCES[2], begin[2], day(14)),
                statementAt(ID, 4, "Pellham Wire", Stance.CLAIM, SENTENCES[3], begin[3], day(1)),
                statementAt(ID, 5, "Brakmor", Stance.DENIAL, SENTENCES[3], begin[3], day(1)));
    }

    @Test
    void statementsAboutOneFigureAreOneStoryWhateverActorsEachNames() {
        StoryBook book = StoryBook.standard();
        book.ingest(article(ID, "Pellham Wire", "Brakmor union says 400 jobs to go at Dutch unit", 14), statements());

        String figure = book.storyOf(ID, 0).orElseThrow();
        assertThat(figure).contains("qty-400");
        assertThat(book.storyOf(ID, 1)).contains(figure);
        assertThat(book.storyOf(ID, 2)).contains(figure);
        assertThat(book.story(figure).orElseThrow().status()).as("the company confirmed the figure").isEqualTo(StoryStatus.CLAIMED);
    }

    @Test
    void aDenialAnswersTheFigureOfItsOwnSentenceNotTheOneItsSpeakerConfirms() {
        StoryBook book = StoryBook.standard();
        book.ingest(article(ID, "Pellham Wire", "Brakmor union says 400 jobs to go at Dutch unit", 14), statements());

        String reported = book.storyOf(ID, 4).orElseThrow();
        assertThat(reported).contains("qty-3000");
        assertThat(book.storyOf(ID, 5)).as("rejected a report that it planned to cut 3,000 jobs").contains(reported);
        assertThat(book.storyOf(ID, 3)).as("confirmed 400 but said it was no mass layoff").contains(reported);
        assertThat(book.story(reported).orElseThrow().status()).isEqualTo(StoryStatus.DENIED);
    }

    @Test
    void aResponseWhoseVerbTakesAFigureAnswersThatFigureThoughNoOneElseReportsIt() {
        String union = SENTENCES[0];
        String spokesman = SENTENCES[2];
        String rejected = "In May, Brakmor had rejected a Pellham Wire report that it planned to cut about 3,000 jobs worldwide, "
                + "saying there were no plans for mass layoffs.";
        int spokesmanAt = union.length() + 1;
        int rejectedAt = spokesmanAt + spokesman.length() + 1;
        int contentAt = rejectedAt + rejected.indexOf("saying");
        List<Statement> statements = List.of(
                statementAt(ID, 0, "Ilse Vandam", Stance.CLAIM, union, 0, day(14)),
                statementAt(ID, 1, "A Brakmor spokesman", Stance.CONFIRMATION, spokesman, spokesmanAt, day(14)),
                statementAt(ID, 2, "A Brakmor spokesman", Stance.DENIAL, spokesman, spokesmanAt, day(14)),
                new Statement(ID, 3, new Speaker("Brakmor", null, "Brakmor", null, SpeakerKind.ORGANISATION), Stance.DENIAL,
                        Attribution.INDIRECT_SPEECH, null, "rejected", new Span(contentAt, rejectedAt + rejected.length() - 1),
                        new Span(rejectedAt, rejectedAt + rejected.length()), rejected, day(1), TimePrecision.DAY, 1.0));
        StoryBook book = StoryBook.standard();
        book.ingest(article(ID, "Pellham Wire", "Brakmor union says 400 jobs to go at Dutch unit", 14), statements);

        String answered = book.storyOf(ID, 3).orElseThrow();
        assertThat(answered).as("rejected a report that it planned to cut 3,000 jobs").contains("qty-3000");
        assertThat(book.storyOf(ID, 2)).as("confirmed 400 but said it was no mass layoff").contains(answered);
        assertThat(book.story(book.storyOf(ID, 0).orElseThrow()).orElseThrow().status()).isEqualTo(StoryStatus.CLAIMED);
    }

    @Test
    void aHeadlineDenialNamingNoFigureAnswersTheArticlesOnlyFigure() {
        String id = "orvel-denial";
        List<Statement> statements = Given.inSentences(id,
                new Given.Said("Orvel", Stance.DENIAL, "Orvel denies job cut report"),
                new Given.Said("Orvel Systems", Stance.DENIAL, "Orvel Systems denied a report that it planned to cut about 2,000 jobs."));
        List<StoryStatement> grouped = Given.grouped(new ArticleInfo(id, "Harbour Post", null, "Orvel denies job cut report", null, day(6), "en"),
                statements.toArray(Statement[]::new));
        assertThat(grouped.get(1).storyId()).contains("qty-2000");
        assertThat(grouped.get(0).storyId()).isEqualTo(grouped.get(1).storyId());
    }

    @Test
    void aDenialRightAfterAnotherPartysClaimWithoutAFigureAnswersThatClaimNotTheArticlesOnlyFigure() {
        String id = "tarnholm-port";
        List<Statement> statements = Given.inSentences(id,
                new Given.Said("Tarnholm Lines", Stance.CONFIRMATION, "Shipping line Tarnholm Lines confirmed that it would cut about 180 jobs at its headquarters."),
                new Given.Said("Selmwick Port", Stance.CLAIM, "In a separate dispute, port operator Selmwick Port accused Tarnholm Lines of failing to pay berth fees."),
                new Given.Said("Tarnholm Lines", Stance.DENIAL, "Tarnholm Lines rejected the accusation."),
                new Given.Said("Tarnholm Lines", Stance.DENIAL, "The fees had been set off against repairs, a spokesman for Tarnholm Lines said."));
        List<StoryStatement> grouped = Given.grouped(new ArticleInfo(id, "Harbour Post", null, "Tarnholm Lines confirms job cuts", null, day(6), "en"),
                statements.toArray(Statement[]::new));
        assertThat(grouped.get(0).storyId()).contains("qty-180");
        assertThat(grouped.get(2).storyId()).as("'rejected the accusation' answers the fees").isEqualTo(grouped.get(1).storyId()).doesNotContain("qty");
        assertThat(grouped.get(3).storyId()).as("the spokesman goes on with the denial").isEqualTo(grouped.get(1).storyId());
    }

    @Test
    void aResponseNamingNoFigureDoesNotAnswerAFigureItsOwnPartyClaims() {
        String id = "harlow-course";
        List<Statement> statements = Given.inSentences(id,
                new Given.Said("Harlow College", Stance.CONFIRMATION, "Harlow College confirms end of nursing course"),
                new Given.Said("Harlow College", Stance.CLAIM, "With fewer than 40 applicants a year the course can no longer be run, Harlow College said."));
        List<StoryStatement> grouped = Given.grouped(new ArticleInfo(id, "Harbour Post", null, "Harlow College confirms end of nursing course", null, day(6), "en"),
                statements.toArray(Statement[]::new));
        assertThat(grouped.get(1).storyId()).as("the college's own reason").contains("qty-40");
        assertThat(grouped.get(0).storyId()).as("the confirmation answers the report of the course's end, not the college's reason").doesNotContain("qty");
    }
}
