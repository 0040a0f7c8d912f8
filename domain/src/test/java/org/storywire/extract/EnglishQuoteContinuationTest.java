package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English quotations that open the sentence after a statement: in the same paragraph they go on with what
 * that statement says (one statement, its content running to the quotation's end); a new paragraph opens a
 * statement of its own after reported speech, but goes on with a direct quotation it follows. A quoted phrase a few words behind the statement's quotation in its sentence goes on
 * with it too, unless a cue stands between. Sentences written for this test.
 */
class EnglishQuoteContinuationTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aQuotationAfterReportedSpeechInItsParagraphGoesOnWithIt() {
        List<Statement> found = english.extract("The harbour would stay open all winter, the port manager Kim Lee said on Monday. "
                + "“We have never closed it before, and we will not start now.”");
        assertThat(found).hasSize(1);
        assertThat(english.content(found.get(0))).endsWith("we will not start now.”");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Kim Lee");
    }

    @Test
    void aQuotationAfterALongCueClauseInItsParagraphGoesOnWithTheQuotationBefore() {
        List<Statement> found = english.extract("“The quay is safe,” said Tom Reel, who has run the ferry office in the old customs house "
                + "since the floods of the last decade and the storm before them. “It will reopen in May.”");
        assertThat(found).hasSize(1);
        assertThat(english.content(found.get(0))).startsWith("“The quay is safe,”").endsWith("“It will reopen in May.”");
    }

    @Test
    void aQuotationOpeningTheNextParagraphIsAStatementOfItsOwn() {
        List<Statement> found = english.extract("The council has cut the budget twice, Ada Croft said.\n\n“We will appeal the decision.”");
        assertThat(found).hasSize(2);
        Statement quote = english.withContent(found, "“We will appeal the decision.”");
        assertThat(quote.speaker().mention()).isEqualTo("Ada Croft");
    }

    @Test
    void aQuotationOpeningTheParagraphAfterADirectQuotationGoesOnWithIt() {
        List<Statement> found = english.extract("“The quay will reopen in May,” Ada Croft said on Monday.\n\n“We have repaired the wall and the crane.”");
        assertThat(found).hasSize(1);
        assertThat(english.content(found.get(0))).startsWith("“The quay will reopen in May,”").endsWith("the wall and the crane.”");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Ada Croft");
    }

    @Test
    void aQuotationRunningOverThreeParagraphsIsOneStatement() {
        List<Statement> found = english.extract("“The ferry will run again,” said Tom Reel.\n\n“The new boat arrives in April.”\n\n“Fares will not rise.”");
        assertThat(found).hasSize(1);
        assertThat(english.content(found.get(0))).endsWith("“Fares will not rise.”");
    }

    @Test
    void aQuotationWithItsOwnCueInTheNextParagraphIsAStatementOfItsOwn() {
        List<Statement> found = english.extract("“The quay will reopen in May,” Ada Croft said.\n\n“It was never safe,” Tom Reel said.");
        assertThat(found).hasSize(2);
        assertThat(english.withContent(found, "“It was never safe,”").speaker().mention()).isEqualTo("Tom Reel");
    }

    @Test
    void aQuotedPhraseJoinedToTheQuotationBeforeGoesOnWithIt() {
        List<Statement> found = english.extract("The mayor rejected the suit. Her office called the suit “meritless” and “improper” in a statement.");
        Statement called = english.withCue(found, "called");
        assertThat(english.content(called)).isEqualTo("“meritless” and “improper”");
        assertThat(found).hasSize(2);
    }

    @Test
    void aQuotedPhraseBehindAnotherCueIsNoPartOfTheQuotationBefore() {
        List<Statement> found = english.extract("The mayor rejected the suit. Her office called the suit “meritless” and the judge said it was “improper”.");
        assertThat(english.content(english.withCue(found, "called"))).isEqualTo("“meritless”");
    }

    @Test
    void aQuotationOfTwoSentencesBeforeASpeakerWithAnAffiliationInBracketsIsHisOneStatement() {
        List<Statement> found = english.extract("The harbour board met on Monday.\n\n“We cannot let the quay rot. The ferries need it every day,” "
                + "Rep. Tom Hale (R-Vel.) said.");
        assertThat(found).hasSize(1);
        assertThat(english.content(found.get(0))).isEqualTo("“We cannot let the quay rot. The ferries need it every day,”");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Rep. Tom Hale");
    }
}
