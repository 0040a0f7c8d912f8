package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** English attribution forms outside the plain "X said ...": Title Case headlines, naming verbs, "called on" and "called upon", "thanks to" as a preposition, attitudes with short objects, "talked about", "referring to". Sentences written for this test. */
class EnglishRecallFormsTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aTitleCaseHeadlineVerbIsACueWithTheWordsBeforeItAsSubject() {
        List<Statement> found = english.extract("Senator Ada Croft Says Budget Deal Is Dead\n\nThe vote is set for Friday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).cue()).isEqualTo("Says");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Senator Ada Croft");
    }

    @Test
    void aCapitalisedCueFormInsideAnOrdinarySentenceStaysANoun() {
        // "Says" in a sentence case line is part of a title, no verb
        List<Statement> found = english.extract("Tickets for Morning Says Goodbye went on sale at noon.");
        assertThat(found).isEmpty();
    }

    @Test
    void aCueFormBehindOtherIsANoun() {
        // "other" determines a noun as "the" or "many" do: "other states", "other estimates"
        List<Statement> found = english.extract("The harbour board gave its figures on Monday. Other estimates put the deficit far higher.");
        assertThat(found).extracting(Statement::cue).doesNotContain("estimates");
        // standing alone before a form that is never a noun, "the other" is the subject
        assertThat(english.extract("One pilot said the quay was safe, and the other said it was not.")).hasSize(2);
        assertThat(english.extract("The other argued that the harbour needs dredging.")).extracting(Statement::cue).containsExactly("argued");
    }

    @Test
    void aNamingVerbWithObjectAndComplementVoicesItsSubjectsJudgement() {
        List<Statement> found = english.extract("Senator Ada Croft called the budget plan a gift to the banks.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Senator Ada Croft");
        assertThat(english.content(found.get(0))).contains("the budget plan a gift to the banks");
    }

    @Test
    void aNamingVerbTakesABareNounALongOrAPossessedObject() {
        assertThat(english.content(single(english.extract("Senator Ada Croft has called harbour dredging a waste of money.")))).contains("harbour dredging a waste of money");
        assertThat(english.content(single(english.extract("Mayor Tom Reed called the decision to close the northern pier a mistake.")))).contains("the northern pier a mistake");
        assertThat(english.content(single(english.extract("Ada Croft called Lindhal Bank’s conduct “outrageous.”")))).contains("outrageous");
    }

    @Test
    void anAdjectiveClosingTheClauseIsTheComplementOfANamingVerb() {
        assertThat(english.content(single(english.extract("The mayor called the harbour claims baseless.")))).contains("the harbour claims baseless");
        assertThat(english.content(single(english.extract("Ada Croft calls Tom Reed unqualified and reckless.")))).contains("Tom Reed unqualified");
        assertThat(english.content(single(english.extract("Tom Reed called them ridiculous.")))).contains("them ridiculous");
        assertThat(english.content(single(english.extract("Ada Croft called it a disgrace.")))).contains("it a disgrace");
        assertThat(english.extract("The union called the meeting early in the day.")).isEmpty();
        assertThat(english.extract("The union called the strike off.")).isEmpty();
    }

    @Test
    void herAfterANamingVerbIsAnObjectOrItsDeterminer() {
        assertThat(english.content(single(english.extract("Ada Croft called her vote a mistake.")))).contains("her vote a mistake");
        assertThat(single(english.extract("Ada Croft called her vote on the harbour tax a mistake.")).cue()).isEqualTo("called");
        assertThat(english.content(single(english.extract("Tom Reed called her a liar.")))).contains("her a liar");
    }

    @Test
    void anArticleBehindAPrepositionIsNoComplementOfANamingVerb() {
        assertThat(english.extract("The union called its members to a meeting.")).isEmpty();
    }

    private static Statement single(List<Statement> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aNamingVerbWithoutComplementOnlyNames() {
        assertThat(english.extract("A website called Daily Truth prints its stories at night.")).isEmpty();
        assertThat(english.extract("A ferry called “Grey Heron” left the harbour at noon.")).isEmpty();
        assertThat(english.extract("A ferry, called the “Grey Heron,” left the harbour at noon.")).isEmpty();
    }

    @Test
    void aCapitalisedNicknameAfterANamingVerbIsWhatWasSaid() {
        // a short capitalised quote is otherwise taken for a name ("the “Harbour Star”")
        Statement nickname = single(english.extract("Governor Tom Dorn called Ada Pike “Little Ada” at a rally on Monday."));
        assertThat(english.content(nickname)).contains("Little Ada");
        assertThat(nickname.speaker().mention()).isEqualTo("Governor Tom Dorn");
        Statement dubbed = single(english.extract("Tom Dorn has dubbed his rival “Crooked Ada” for months."));
        assertThat(dubbed.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
        assertThat(english.content(dubbed)).isEqualTo("“Crooked Ada”");
    }

    @Test
    void calledOnSomeoneToActIsADemandOfTheSubject() {
        List<Statement> found = english.extract("The mayor called on the council to reopen the pier.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("The mayor");
        assertThat(english.content(found.get(0))).contains("the council to reopen the pier");
    }

    @Test
    void calledUponSomeoneToActIsTheSameDemand() {
        List<Statement> found = english.extract("Senator Ada Croft on Tuesday also called upon the port authority to publish the survey.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).cue()).isEqualTo("called upon");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Senator Ada Croft");
        assertThat(english.content(found.get(0))).contains("the port authority to publish the survey");
    }

    @Test
    void thanksToIsAPrepositionNotTheVerbThank() {
        assertThat(english.extract("The ferry line kept its lead thanks to a mild winter on the coast.")).isEmpty();
        assertThat(english.extract("Her lead over Tom Reed grew thanks in part to the harbour vote.")).isEmpty();
    }

    @Test
    void anAttitudeTowardsAPlanWithAShortObjectIsAStatement() {
        List<Statement> found = english.extract("The harbour council opposed the pier plan on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("The harbour council");
        assertThat(english.content(found.get(0))).contains("the pier plan");
    }

    @Test
    void talkingAboutSomethingIsAStatementAndSpeakingToSomeoneIsNot() {
        assertThat(english.extract("Mayor Tom Reed spoke to the fishermen on Monday.")).isEmpty();
        List<Statement> found = english.extract("Mayor Tom Reed talked about the flood defences for an hour.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().canonical()).isEqualTo("Tom Reed");
        assertThat(english.content(found.get(0))).contains("the flood defences");
    }

    @Test
    void referringToAfterTheCueIsWhatTheSpeakerMeant() {
        List<Statement> found = english.extract("\"We need calm hands,\" the mayor said, referring to her rival.");
        assertThat(found).hasSize(2);
        assertThat(found.stream().map(english::content)).contains("\"We need calm hands,\"");
        Statement meant = found.stream().filter(st -> english.content(st).contains("her rival")).findFirst().orElseThrow();
        assertThat(meant.speaker().mention()).isEqualTo("the mayor");
    }
}
