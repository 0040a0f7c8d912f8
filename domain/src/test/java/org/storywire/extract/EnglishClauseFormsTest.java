package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** English attribution read off clause structure: complements, participle adjuncts, "according to" phrases. Sentences written for this test. */
class EnglishClauseFormsTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void twoCuesInASentenceEachTakeTheirOwnComplement() {
        List<Statement> statements = english.extract("The harbour master said the quay was safe and warned that the ferry would be late.");
        assertThat(english.withContent(statements, "the quay was safe").speaker().mention()).isEqualTo("The harbour master");
        assertThat(english.withContent(statements, "that the ferry would be late").speaker().mention()).isEqualTo("The harbour master");
    }

    @Test
    void aSentenceWithOneCueKeepsItsWholeClauseAsContent() {
        // grouping reads the actors of the content, the subject among them
        List<Statement> statements = english.extract("Jane Albers said the tide had turned.");
        assertThat(english.withContent(statements, "Jane Albers said the tide had turned").speaker().canonical()).isEqualTo("Jane Albers");
    }

    @Test
    void anOpeningParticipleIsAnAdjunctAndTheMainClauseKeepsItsVerbAndSpeaker() {
        List<Statement> statements = english.extract("Asked about the ferry, Mayor Tom Reed said, “The quay will reopen in May.” "
                + "Recalling the flood, Jane Albers said the quay had held and warned that the pier had not.");
        assertThat(statements).hasSize(3);
        assertThat(english.withContent(statements, "“The quay will reopen in May.”").speaker().canonical()).isEqualTo("Tom Reed");
        assertThat(english.withContent(statements, "the quay had held").speaker().canonical()).isEqualTo("Jane Albers");
    }

    @Test
    void aParticipleAfterTheCommaIsNoInvertedVerbAndSaysWhatItCites() {
        List<Statement> statements = english.extract("“The quay is safe,” the harbour master said, citing the weak tide. "
                + "Tom Reed left the board on Friday, saying the quay was unsafe.");
        // "citing" does not take the quotation before it; what it cites is a statement of the same speaker
        assertThat(statements).hasSize(3);
        assertThat(english.withContent(statements, "“The quay is safe,”").speaker().mention()).isEqualTo("the harbour master");
        assertThat(english.withContent(statements, "the weak tide").speaker().mention()).isEqualTo("the harbour master");
        Statement saying = statements.stream().filter(s -> english.content(s).contains("quay was unsafe")).findFirst().orElseThrow();
        assertThat(saying.speaker().canonical()).isEqualTo("Tom Reed");
    }

    @Test
    void aFormCoordinatedWithANounIsNoVerb() {
        List<Statement> statements = english.extract("The ferry line reported that it would cut jobs in sales and support in the north.");
        assertThat(statements).hasSize(1);
    }

    @Test
    void aReportingVerbUnderWithoutIsNoStatement() {
        List<Statement> statements = english.extract("\"We will not speculate,\" a port spokeswoman said on Monday, without confirming or denying that the quay had closed. "
                + "\"We cannot say more,\" the harbour master said in a short emailed note, without confirming or denying that a leak had occurred.");
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(statements).extracting(Statement::stance).doesNotContain(Stance.DENIAL, Stance.CONFIRMATION);
    }

    @Test
    void aspectAndAParticipleAfterANumberOpenNoStatement() {
        // "continues to": no reporting verb, so the sentence's cue is "said"
        List<Statement> statements = english.extract("The lead of the mayor continues to grow, the council said.");
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).cue()).isEqualTo("said");
        assertThat(english.extract("Reed won 270 pledged delegates on Tuesday.")).isEmpty();
    }

    @Test
    void theObjectOfAccordingToIsTheSourceWhateverItsHead() {
        List<Statement> statements = english.extract("The ferry line will close in May, according to three people briefed on the plans. "
                + "The pier company is ahead, according to recent polling.");
        assertThat(english.withContent(statements, "The ferry line will close in May").speaker().mention()).isEqualTo("three people briefed on the plans");
        assertThat(english.withContent(statements, "The pier company is ahead").speaker().mention()).isEqualTo("recent polling");
    }

    @Test
    void aSourceBetweenCommasReportsTheLongerSideOfTheSentence() {
        List<Statement> statements = english.extract("But, according to the harbour poll, most ferry workers remain undecided. "
                + "The pier will close in May, according to the harbour office, and reopen in June.");
        assertThat(english.withContent(statements, "most ferry workers remain undecided").speaker().mention()).isEqualTo("the harbour poll");
        assertThat(english.withContent(statements, "The pier will close in May").speaker().mention()).isEqualTo("the harbour office");
    }

    @Test
    void aParticipleWithAClauseBehindItSaysSomethingOfItsOwnWithTheSubjectBeforeIt() {
        List<Statement> statements = english.extract("The ferry union attacked the timetable, saying it would cost the crews their weekends. "
                + "“The quay is safe,” the harbour master said, adding that the night ferry would run again.");
        assertThat(english.withContent(statements, "the timetable").speaker().mention()).isEqualTo("The ferry union");
        assertThat(english.withContent(statements, "it would cost the crews their weekends").speaker().mention()).isEqualTo("The ferry union");
        assertThat(english.withContent(statements, "“The quay is safe,”").speaker().mention()).isEqualTo("the harbour master");
        assertThat(english.withContent(statements, "that the night ferry would run again").speaker().mention()).isEqualTo("the harbour master");
    }

    @Test
    void aParticipleAfterADenialGivesItsGroundsAndMakesNoSecondStatement() {
        List<Statement> statements = english.extract("The ferry line rejected a report that it would close the quay, saying it had no such plans.");
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aFrontedPollIsTheSourceOfTheClauseAfterItsCommaWhenNoVerbReports() {
        List<Statement> statements = english.extract("In a poll released on Monday, most commuters chose the night ferry. "
                + "In the survey by Lindhal College, most students chose the bus. "
                + "In a statement, the ferry line said the quay would reopen. In May, the mayor opened the quay.");
        Statement poll = english.withContent(statements, "most commuters chose the night ferry");
        assertThat(poll.speaker().mention()).isEqualTo("a poll released on Monday");
        // the poll names no one: no entity "Monday"
        assertThat(poll.speaker().canonical()).isNull();
        assertThat(english.withContent(statements, "most students chose the bus").speaker().canonical()).isEqualTo("Lindhal College");
        // with a reporting verb in the sentence, the verb is the cue
        assertThat(statements).extracting(Statement::cue).containsExactly("In a", "In the", "said");
    }
}
