package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.article;
import static org.storywire.story.Given.inSentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.Given.Said;

class SilentPartiesTest {

    @Test
    void aPartySilentOnAReportClaimsSomethingElse() {
        String id = "marlowe-results";
        List<Statement> statements = inSentences(id,
                new Said("Marlowe Foods", Stance.CLAIM, "Marlowe Foods said on Tuesday its annual sales had grown for the fifth year in a row."),
                new Said("Harbour Ledger", Stance.CLAIM, "The Harbour Ledger reported on Monday that Marlowe Foods would close two of its bakeries."),
                new Said("Marlowe Foods", Stance.NO_COMMENT, "Marlowe Foods declined to comment on the report."));
        StoryBook book = StoryBook.standard();
        book.ingest(article(id, "Coast Courier", "Marlowe Foods sales grow, baker silent on report of closures", 5), statements);

        String report = book.storyOf(id, 1).orElseThrow();
        assertThat(book.storyOf(id, 2)).as("the silence answers the report").contains(report);
        assertThat(book.storyOf(id, 0)).as("the party's own news").isNotEqualTo(book.storyOf(id, 1));
        assertThat(book.story(report).orElseThrow().status()).as("nobody stands by the report").isEqualTo(StoryStatus.UNCONFIRMED);
    }

    @Test
    void aPartyThatConfirmsKeepsItsClaimsWithWhatItConfirmed() {
        String id = "marlowe-closures";
        List<Statement> statements = inSentences(id,
                new Said("Harbour Ledger", Stance.CLAIM, "The Harbour Ledger reported on Monday that Marlowe Foods would close two of its bakeries."),
                new Said("Marlowe Foods", Stance.CONFIRMATION, "Marlowe Foods confirmed the closures on Tuesday."),
                new Said("Marlowe Foods", Stance.CLAIM, "The decision had been taken after a long review, Marlowe Foods said."),
                new Said("Marlowe Foods", Stance.NO_COMMENT, "Marlowe Foods declined to comment on reports about a buyer for the sites."));
        StoryBook book = StoryBook.standard();
        book.ingest(article(id, "Coast Courier", "Marlowe Foods confirms bakery closures", 5), statements);

        assertThat(book.storyOf(id, 2)).contains(book.storyOf(id, 1).orElseThrow());
    }

    @Test
    void aPartySilentBesideItsAccusationOfAnotherSideKeepsTheAccusationWithTheDenial() {
        // the country's intelligence office declines, its ministry accuses another country: an accusation, not its own news
        String id = "orlenia-spying";
        List<Statement> statements = inSentences(id,
                new Said("Orlenia's interior ministry", Stance.CLAIM, "Orlenia's interior ministry accused two employees of the Morvalian embassy of spying on exiled journalists."),
                new Said("Morvalian embassy", Stance.DENIAL, "The Morvalian embassy rejected the accusation as a fabrication."),
                new Said("Orlenia's Security Office", Stance.NO_COMMENT, "Orlenia's Security Office declined to comment on the investigation."));
        StoryBook book = StoryBook.standard();
        book.ingest(article(id, "Halden Wire", "Orlenia accuses Morvalian diplomats of spying", 5), statements);

        String accusation = book.storyOf(id, 0).orElseThrow();
        assertThat(book.storyOf(id, 1)).as("the denial answers the accusation").contains(accusation);
        assertThat(book.story(accusation).orElseThrow().status()).isEqualTo(StoryStatus.DENIED);
    }
}
