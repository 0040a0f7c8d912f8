package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** English patterns, each with sentences written for this test. */
class StatementExtractorEnglishTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void rejectingAReportAboutAPlanDeniesTheReport() {
        // "planned" inside the reported proposition is no demand being rejected
        String text = "The union met on Tuesday. On Oct. 12, Kestrel had rejected a newspaper report that it planned to close "
                + "two plants, saying there were no such plans. The council rejected the proposal to sell the harbour.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "newspaper report").stance()).isEqualTo(Stance.DENIAL);
        assertThat(statements.stream().filter(st -> st.sentenceText().contains("proposal")).map(Statement::stance))
                .doesNotContain(Stance.DENIAL);
    }

    @Test
    void aSpeakerWhoCanConfirmConfirms() {
        String text = "\"We can confirm that talks with the union have started,\" company spokesman Ivo Brandt told reporters. "
                + "\"We cannot confirm any figures,\" he added.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "talks with the union").stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(english.about(statements, "figures").stance()).isNotEqualTo(Stance.CONFIRMATION);
    }

    @Test
    void saidBeforeAndAfterTheQuote() {
        String text = "“The harbour will open in the autumn,” said port spokeswoman Jane Albers. "
                + "Mayor Tom Reed said the budget was balanced.";
        List<Statement> statements = english.extract(text);
        Statement quote = english.about(statements, "harbour");
        assertThat(quote.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
        assertThat(quote.speaker().canonical()).isEqualTo("Jane Albers");
        Statement indirect = english.about(statements, "budget");
        assertThat(indirect.speaker().canonical()).isEqualTo("Tom Reed");
        assertThat(indirect.stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aQuoteOfTwoSentencesBeforeItsSubjectAndVerbIsOneStatementOfThatSpeaker() {
        String text = "Ferry traffic resumed on Monday. “The harbour is safe again. It will reopen in the autumn,” Jane Albers said. "
                + "“This is a good day,” the port manager said on Tuesday.";
        List<Statement> statements = english.extract(text);
        List<Statement> harbour = statements.stream().filter(s -> s.sentenceText().contains("harbour is safe")).toList();
        assertThat(harbour).hasSize(1);
        Statement quote = harbour.get(0);
        assertThat(text.substring(quote.content().begin(), quote.content().end()))
                .isEqualTo("“The harbour is safe again. It will reopen in the autumn,”");
        assertThat(quote.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
        assertThat(quote.speaker().canonical()).isEqualTo("Jane Albers");
        Statement day = english.about(statements, "good day");
        assertThat(text.substring(day.content().begin(), day.content().end())).isEqualTo("“This is a good day,”");
        assertThat(day.speaker().mention()).isEqualTo("the port manager");
    }

    @Test
    void anAppositionBeforeTheVerbIsNoInvertedSpeaker() {
        // the comma before "said" closes the apposition; "the budget" behind the verb is what was said about
        Statement s = english.about(english.extract("The mayor, Tom Reed, said the budget was balanced."), "budget");
        assertThat(s.speaker().mention()).doesNotContain("budget");
        assertThat(s.speaker().canonical()).isEqualTo("Tom Reed");
        Statement inverted = english.about(english.extract("The harbour will reopen in May, said the mayor on Monday."), "harbour");
        assertThat(inverted.speaker().mention()).isEqualTo("the mayor");
    }

    @Test
    void aParentheticalBetweenSubjectAndVerbDescribesTheSubject() {
        List<Statement> statements = english.extract("President Hal Moreno, opening the Museum of Coastal Trade and Culture on Saturday, said it would tell a new story. "
                + "“The levy is unfair,” Rosa Delgado, the chair of the Fishers Guild, said in a statement. "
                + "Trump, speaking to farmers in a small town, said he would order a thorough review of the subsidies.");
        assertThat(english.about(statements, "new story").speaker().canonical()).isEqualTo("Hal Moreno");
        assertThat(english.about(statements, "levy").speaker().canonical()).isEqualTo("Rosa Delgado");
        // "a thorough review" stands behind the verb, not right behind it: no inverted subject
        assertThat(english.about(statements, "thorough review").speaker().mention()).isEqualTo("Trump");
    }

    @Test
    void aCapitalisedConjunctionOpeningTheSentenceIsNoPartOfTheName() {
        Statement s = english.about(english.extract("But Megan Ortiz, an organiser at the Harbour Workers Alliance, said the port owed the workers money."), "owed");
        assertThat(s.speaker().mention()).isEqualTo("Megan Ortiz");
    }

    @Test
    void aQuotationTheCueInterruptsIsOneStatement() {
        String text = "The ferry ran again on Monday. “The harbour is safe,” said Kim Lee, the port manager. “It will open in May.” "
                + "Lee left early. “We are ready,” she said, “and the town is too.”";
        List<Statement> statements = english.extract(text);
        List<Statement> harbour = statements.stream().filter(s -> s.sentenceText().contains("open in May")).toList();
        assertThat(harbour).hasSize(1);
        assertThat(text.substring(harbour.get(0).content().begin(), harbour.get(0).content().end()))
                .isEqualTo("“The harbour is safe,” said Kim Lee, the port manager. “It will open in May.”");
        List<Statement> ready = statements.stream().filter(s -> s.sentenceText().contains("town is too")).toList();
        assertThat(ready).hasSize(1);
        assertThat(ready.get(0).speaker().canonical()).isEqualTo("Kim Lee");
    }

    @Test
    void aTitleOrAnInitialWithItsFullStopEndsNoSentence() {
        String text = "The harbour board met on Monday. “The levy will go,” Mr. Albers said after the vote. "
                + "Rep. Anna K. Moreno said the port would stay open.";
        List<Statement> statements = english.extract(text);
        Statement levy = english.about(statements, "levy");
        assertThat(text.substring(levy.content().begin(), levy.content().end())).isEqualTo("“The levy will go,”");
        assertThat(levy.speaker().mention()).contains("Albers");
        assertThat(levy.sentenceText()).contains("Mr. Albers said after the vote");
        // the title belongs to the mention, not to the name
        assertThat(english.about(statements, "stay open").speaker().mention()).isEqualTo("Rep. Anna K. Moreno");
        assertThat(english.about(statements, "stay open").speaker().canonical()).startsWith("Anna K").endsWith("Moreno");
    }

    @Test
    void aMonthAbbreviationBeforeADayEndsNoSentence() {
        String text = "The harbour board met on Monday. On Sept. 30, the board had rejected a report that it planned to close the port, "
                + "the chairman said.";
        Statement rejected = english.about(english.extract(text), "rejected");
        assertThat(rejected.sentenceText()).startsWith("On Sept. 30, the board had rejected");
    }

    @Test
    void aNameAfterADashSignsTheQuotation() {
        String text = "Readers wrote to the paper after the vote.\n“The harbour levy scares me. I fear for the town.” ― Karen Lopez\n"
                + "“Let the ferries run again.” – Steve Quinn.\nThe plan – as the council calls it – failed.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "levy").speaker().mention()).isEqualTo("Karen Lopez");
        assertThat(english.about(statements, "ferries").speaker().mention()).isEqualTo("Steve Quinn");
    }

    @Test
    void aParagraphOpenedByANameAndAColonIsThatNamesStatement() {
        String text = "Pat Ohm: Voters Are Worried About the Harbour Levy\n\nPartial transcript as follows:\n\n"
                + "\"MORENO: Let us start with the ferry story. Will the mayor be there?\n\n"
                + "Related: Five things to know about the port.\n\nOur Standards: The Ledger Editorial Charter.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "Voters Are Worried").speaker().mention()).isEqualTo("Pat Ohm");
        Statement turn = english.about(statements, "ferry story");
        assertThat(turn.speaker().mention()).isEqualTo("MORENO");
        assertThat(text.substring(turn.content().begin(), turn.content().end())).isEqualTo("Let us start with the ferry story. Will the mayor be there");
        assertThat(statements).noneMatch(s -> s.sentenceText().contains("Five things") || s.sentenceText().contains("Charter"));
    }

    @Test
    void aKickerOrACreditBeforeAColonIsNoLabel() {
        String text = "The harbour will reopen in May.\n\nLATE FERRIES: The port plans three new routes to the islands this summer.\n\n"
                + "AP:Associated Press Lena Voss waves to supporters in Marlow after the count.";
        assertThat(english.extract(text)).noneMatch(s -> s.cue().equals(":"));
        // a transcript's speaker in capitals comes back, whatever word the name spells
        String transcript = "CROW: Let us start with the ferry story tonight.\n\nMORENO: The mayor will be there, I am told.\n\n"
                + "\"CROW: And what about the levy on the harbour?";
        assertThat(english.extract(transcript)).filteredOn(s -> s.cue().equals(":")).extracting(s -> s.speaker().mention())
                .containsExactly("CROW", "MORENO", "CROW");
    }

    @Test
    void accordingToAndPronouns() {
        String text = "According to the Daily Ledger, the mayor will resign next week. "
                + "Senator Ann Cole spoke on Monday. She said the vote was fair.";
        List<Statement> statements = english.extract(text);
        Statement report = english.about(statements, "resign");
        assertThat(report.attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(report.speaker().mention()).contains("Daily Ledger");
        Statement pronoun = english.about(statements, "vote was fair");
        assertThat(pronoun.speaker().mention()).isEqualTo("She");
        assertThat(pronoun.speaker().canonical()).isEqualTo("Ann Cole");
    }

    @Test
    void denialsDismissalsAndRefusals() {
        String text = "The company denied the allegations. "
                + "The minister dismissed the report as fake news. "
                + "A spokesman for the club declined to comment. "
                + "The White House did not confirm the meeting. "
                + "The union rejected the proposal on Friday. "
                + "The agency confirmed the figures.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "allegations").stance()).isEqualTo(Stance.DENIAL);
        assertThat(english.about(statements, "fake news").stance()).isEqualTo(Stance.DENIAL);
        assertThat(english.about(statements, "declined").stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(english.about(statements, "did not confirm").stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(english.about(statements, "proposal").stance()).isEqualTo(Stance.CLAIM);
        assertThat(english.about(statements, "figures").stance()).isEqualTo(Stance.CONFIRMATION);
    }

    @Test
    void aNegativeSentenceGivingGroundsForCriticismIsNoDenial() {
        // issue 15: the negation speaks of something else than a report or accusation
        List<Statement> criticism = english.extract("Senator Vela Marsh criticized the board's plan, saying the members had never visited the site.");
        assertThat(criticism).isNotEmpty();
        assertThat(criticism).extracting(Statement::stance).doesNotContain(Stance.DENIAL);
        List<Statement> praise = english.extract("Councillor Ada Pike praised the volunteers, saying they were never paid for their work.");
        assertThat(praise).extracting(Statement::stance).doesNotContain(Stance.DENIAL);
        // answering the accusations themselves, or speaking of oneself, the same form denies
        assertThat(english.withCue(english.extract("The spokesman responded to the allegations, saying there was no meeting."), "saying").stance())
                .isEqualTo(Stance.DENIAL);
        assertThat(english.withCue(english.extract("Tom Dorn condemned the raid on the depot, saying he had nothing to do with it."), "saying").stance())
                .isEqualTo(Stance.DENIAL);
    }

    @Test
    void denialByContent() {
        String text = "“There was no meeting,” the spokesman said.";
        assertThat(english.about(english.extract(text), "no meeting").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void lastWeekDatesTheRecalledRefusalSevenDaysBack() {
        // published Friday 12 May 2023
        List<Statement> statements = english.extract("The Harwick zoo confirmed the move on Friday. "
                + "Last week, the zoo had declined to comment on the report.");
        Statement declined = statements.stream().filter(st -> st.stance() == org.storywire.extract.Stance.NO_COMMENT).findFirst().orElseThrow();
        assertThat(declined.madeAt()).isEqualTo(Instant.parse("2023-05-04T22:00:00Z"));
    }

    @Test
    void aDayThatOpensTheSentenceIsTheStatementsDayEvenOutsideItsEvidence() {
        // published Friday 12 May 2023; "On Wednesday" opens the sentence, before the speaker the evidence starts with
        List<Statement> statements = english.extract("On Wednesday, a Pellham spokesperson had declined to comment on the report. "
                + "Pellham confirmed the sale on Friday.");
        Statement declined = statements.stream().filter(st -> st.stance() == org.storywire.extract.Stance.NO_COMMENT).findFirst().orElseThrow();
        assertThat(declined.madeAt()).isEqualTo(Instant.parse("2023-05-09T22:00:00Z"));
    }

    @Test
    void aParticipleClauseIsSpokenByTheSubjectOfTheMainClause() {
        String text = "Senator Ann Cole posted a series of messages on Friday, saying the bridge plan was a costly mistake.";
        Statement s = english.about(english.extract(text), "bridge plan");
        assertThat(s.speaker().mention()).isEqualTo("Senator Ann Cole");
    }

    @Test
    void aColonClosingTheParagraphIntroducesTheQuotationAfterIt() {
        String text = "Harbour master Ian Doyle continued:\n“The new quay will open in spring. Ships will dock there from April.”";
        List<Statement> statements = english.extract(text);
        Statement s = english.about(statements, "new quay");
        assertThat(text.substring(s.content().begin(), s.content().end())).startsWith("“The new quay").endsWith("from April.”");
        assertThat(s.speaker().canonical()).isEqualTo("Ian Doyle");
        assertThat(statements).hasSize(1);
    }

    @Test
    void aVerbOutsideTheLexiconWithAThatClauseIsACue() {
        // "fretted" and "reassured" are in no lexicon: their that-clause makes them reporting verbs
        Statement fretted = english.about(english.extract("Harbour master Lena Vos fretted that the dredging would be late."), "dredging");
        assertThat(fretted.speaker().canonical()).isEqualTo("Lena Vos");
        assertThat(fretted.stance()).isEqualTo(Stance.CLAIM);
        Statement reassured = english.about(english.extract("Lena Vos reassured councillors that the quay was safe."), "quay");
        assertThat(reassured.speaker().canonical()).isEqualTo("Lena Vos");
    }

    @Test
    void aThatAfterANounOrAVerbOfPurposeOpensNoStatement() {
        assertThat(english.extract("The ferry line printed a message that the quay was closed.")).isEmpty();
        assertThat(english.extract("The crew made sure that the quay was clean.")).isEmpty();
        assertThat(english.extract("There were signs that the harbour was recovering.")).isEmpty();
    }

    @Test
    void verbsOfJudgingAreCues() {
        Statement decried = english.about(english.extract("Councillor Ada Pike decried the closure of the ferry line."), "closure");
        assertThat(decried.speaker().mention()).contains("Ada Pike");
        Statement rebuffed = english.about(english.extract("The port authority rebuffed the allegations of the shipping group."), "allegations");
        assertThat(rebuffed.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void notRulingSomethingOutAllowsForIt() {
        Statement notRuled = english.about(english.extract("The harbour board did not rule out a sale of the ferry line."), "sale");
        assertThat(notRuled.stance()).isEqualTo(Stance.CLAIM);
        Statement ruled = english.about(english.extract("The harbour board ruled out a sale of the ferry line."), "sale");
        assertThat(ruled.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void brushingOffOrShruggingOffAReportDismissesIt() {
        Statement brushed = english.about(english.extract("The harbour board brushed off the reports of a secret sale."), "reports");
        assertThat(brushed.speaker().mention()).isEqualTo("The harbour board");
        assertThat(brushed.stance()).isEqualTo(Stance.DENIAL);
        Statement shrugged = english.about(english.extract("Mayor Tom Reed shrugged off the allegations of the ferry union."), "allegations");
        assertThat(shrugged.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aCueFormFoundByItsLemmaAfterAModifierIsANoun() {
        // "states" is listed only through "stated"; after an adjective or a number it is a noun
        assertThat(english.extract("Turnout in the coastal states fell by a third.")).isEmpty();
        assertThat(english.extract("The mayor has 5 percent support among fishermen.")).isEmpty();
        Statement question = english.about(english.extract("Fishermen question the new quota for herring."), "quota");
        assertThat(question.speaker().mention()).isEqualTo("Fishermen");
    }

    @Test
    void aRelativePronounBeforeTheVerbIsTheMentionOfItsAntecedent() {
        String text = "The ferry line lost money again. Its critics include Mayor Tom Reed, who has long argued that the harbour needs a new quay.";
        Statement s = english.about(english.extract(text), "new quay");
        assertThat(s.speaker().mention()).isEqualTo("who");
        assertThat(s.speaker().canonical()).isEqualTo("Tom Reed");
    }

    @Test
    void aRelativePronounRightBehindItsNounIsTheMentionWithoutAComma() {
        String text = "The ferry line lost money again. Many pensioners who said that the fares were too high stayed at home. "
                + "The port manager Jane Albers, who warned that the quay was unsafe, resigned.";
        Statement fares = english.about(english.extract(text), "fares were too high");
        assertThat(fares.speaker().mention()).isEqualTo("who");
        assertThat(fares.speaker().canonical()).isEqualTo("pensioners");
        // the comma-set relative keeps its named antecedent
        assertThat(english.about(english.extract(text), "quay was unsafe").speaker().canonical()).isEqualTo("Jane Albers");
    }

    @Test
    void aQuestionWordBehindAVerbIsNoRelativeSubject() {
        Statement s = english.about(english.extract("The council asked who had written that the harbour would close."), "harbour");
        assertThat(s.speaker() == null ? null : s.speaker().mention()).isNotEqualTo("who");
    }

    @Test
    void thePassiveAgentBehindByIsTheSpeaker() {
        String text = "The ferry line lost money again. The closure of the quay was first reported by The Harbour Times. "
                + "Mayor Tom Reed has been criticised by some of his rivals for failing to act.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "closure of the quay").speaker().mention()).isEqualTo("The Harbour Times");
        assertThat(english.about(statements, "criticised").speaker().mention()).isEqualTo("some of his rivals");
    }

    @Test
    void theSubjectOfAnAsClauseIsTheSpeaker() {
        String text = "The ferry line lost money again. As The Harbour Times first reported, the quay will close in May. "
                + "The fares, as the port manager has said, will rise.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "quay will close").speaker().mention()).isEqualTo("The Harbour Times");
        assertThat(english.about(statements, "will rise").speaker().mention()).isEqualTo("the port manager");
    }

    @Test
    void theAddresseeOfTellIsNoInvertedSubject() {
        // the comma before "told" closes an apposition, it does not invert the verb: the harbour paper is told, not telling
        String text = "\"The ferry will run again in May,\" Mira Holm, 54, told The Harbour Times. "
                + "\"We were wrong to wait so long,\" Ivo Brandt, founder of the Quay Trust, assured the fishermen. "
                + "\"When will the quay open?\" asked the port manager.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "ferry will run").speaker().mention()).isEqualTo("Mira Holm");
        assertThat(english.about(statements, "wrong to wait").speaker().mention()).isEqualTo("Ivo Brandt");
        // right behind a quotation the verb is inverted, whatever its valency
        assertThat(english.about(statements, "quay open").speaker().mention()).isEqualTo("the port manager");
    }

    @Test
    void aLowerCaseGroupOpeningTheClauseIsTheSubject() {
        // no name or role finder reads "some campaign staffers": without it, the pronoun behind the verb was taken
        String text = "Mira Holm opened the harbour office on Monday. Some campaign staffers said they had not been paid. "
                + "The ferry was late again, and many of the fishermen in Velgrad have complained that the quay is too short.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "not been paid").speaker().mention()).isEqualTo("Some campaign staffers");
        assertThat(english.about(statements, "too short").speaker().mention()).isEqualTo("many of the fishermen in Velgrad");
    }

    @Test
    void aTitleWithItsFullStopGoesOnWithTheName() {
        // the full stop of "Mr." ended the phrase: the speaker was "Mr", no one the article knows
        String text = "Anton Holm opened the harbour office on Monday. Mr. Holm said that the ferry would run again in May.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "run again").speaker().mention()).isEqualTo("Mr. Holm");
        assertThat(english.about(statements, "run again").speaker().canonical()).isEqualTo("Anton Holm");
    }

    @Test
    void aShareInAPollIsTheSubjectNotThePronounBehindTheVerb() {
        String text = "The harbour poll was published on Monday. Sixty-six percent said they would use the new ferry. "
                + "Only 12 percent of the fishermen in the harbour say they trust the quay.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "new ferry").speaker().mention()).isEqualTo("Sixty-six percent");
        assertThat(english.about(statements, "trust the quay").speaker().mention()).isEqualTo("12 percent of the fishermen in the harbour");
    }

    @Test
    void aHeadlinesBareNounBeforeItsCueIsTheSpeakerNotTheNameBeforeTheComma() {
        String text = "Ferry operator Harbrook weighs bid for rival Quaylink, report says\n\n"
                + "Study finds harbour pilots sleep too little\n\nThe board met on Monday.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "weighs bid").speaker().mention()).isEqualTo("report");
        assertThat(english.about(statements, "pilots sleep").speaker().mention()).isEqualTo("Study");
    }

    @Test
    void aFirstPersonRefusalToCommentIsNoComment() {
        String text = "The ferry line was said to be for sale. \"We do not comment on market rumours,\" a Harbrook spokeswoman said. "
                + "\"I won't speculate about the quay,\" the harbour master said.";
        List<Statement> statements = english.extract(text);
        assertThat(english.about(statements, "market rumours").stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(english.about(statements, "speculate about").stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void itRightBeforeTheVerbIsItsSubject() {
        String text = "The Harbour Board published its annual report on Monday. It also warned that the quay would close in May.";
        Statement s = english.about(english.extract(text), "quay would close");
        assertThat(s.speaker().mention()).isEqualTo("It");
    }

    @Test
    void twoApostrophesMarkAQuotationInEnglish() {
        String text = "''The harbour will not reopen this year,'' said Tom Reed, an engineer at the port authority.";
        Statement s = english.about(english.extract(text), "harbour");
        assertThat(text.substring(s.content().begin(), s.content().end())).isEqualTo("''The harbour will not reopen this year,''");
        assertThat(s.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
        assertThat(s.speaker().canonical()).isEqualTo("Tom Reed");
    }

    @Test
    void aQuotationEndingWithAQuotationInsideItGoesOnWithItsSpeaker() {
        String text = "“My father always told me, ‘Keep the pier open,’” she said. The ferry left at noon.";
        Statement s = english.about(english.extract(text), "pier");
        assertThat(english.content(s)).isEqualTo("“My father always told me, ‘Keep the pier open,’”");
        assertThat(s.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
    }

    @Test
    void threeApostrophesCloseTheInnerAndTheOuterQuotation() {
        String text = "''Voters will not accept 'We will fix the pier later,''' said Tom Reed, an engineer at the port authority.";
        Statement s = english.about(english.extract(text), "pier");
        assertThat(english.content(s)).isEqualTo("''Voters will not accept 'We will fix the pier later,'''");
        assertThat(s.speaker().canonical()).isEqualTo("Tom Reed");
    }
}
