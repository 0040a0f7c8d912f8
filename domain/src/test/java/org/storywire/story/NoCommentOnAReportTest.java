package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.inSentences;

import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.story.Given.Said;

/** A club's "no comment" on a transfer report answers that report: one story. Teasers written for this test with invented names. */
class NoCommentOnAReportTest {

    @Test
    void aClubDecliningToCommentOnReportsAboutAPlayerJoinsTheTransferStory() {
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo("pell-report", "Harbour Post", null, "Report: Calder United in talks to sign striker Jonah Pell", null, day(5), "en"),
                inSentences("pell-report", new Said("Evening Ledger", Stance.CLAIM,
                        "Calder United are in advanced talks to sign striker Jonah Pell, the Evening Ledger reported on Friday.")));
        // "Pell reports": reports about Pell, not Pell reporting; the player stays an actor of the club's answer
        book.ingest(new ArticleInfo("pell-silence", "Harbour Post", null, "Calder United declines to comment on Pell reports", null, day(6), "en"),
                inSentences("pell-silence", new Said("Calder United", Stance.NO_COMMENT,
                        "Calder United declined to comment on reports that it was close to signing Jonah Pell.")));

        String transfer = book.storyOf("pell-report", 0).orElseThrow();
        assertThat(book.storyOf("pell-silence", 0)).contains(transfer);
        assertThat(book.story(transfer).orElseThrow().positions()).anySatisfy(p -> {
            assertThat(p.party()).isEqualTo("United");
            assertThat(p.stance()).isEqualTo(Stance.NO_COMMENT);
        });
    }
}
