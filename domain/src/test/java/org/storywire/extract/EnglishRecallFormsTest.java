package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;

/** English attribution forms outside the plain "X said ...": Title Case headlines, naming verbs, "called on", attitudes with short objects, "talked about", "referring to". Sentences written for this test. */
class EnglishRecallFormsTest {
    private final StatementExtractor extractor = new StatementExtractor();

    private String text;

    private List<Statement> extract(String english) {
        text = english;
        return extractor.extract(new CleanArticle("e", "outlet", null, null, english, "en", Instant.parse("2023-05-12T10:00:00Z"), TimePrecision.DAY));
    }

    private String content(Statement s) {
        return text.substring(s.content().begin(), s.content().end());
    }

    @Test
    void aTitleCaseHeadlineVerbIsACueWithTheWordsBeforeItAsSubject() {
        List<Statement> found = extract("Senator Ada Croft Says Budget Deal Is Dead\n\nThe vote is set for Friday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).cue()).isEqualTo("Says");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Senator Ada Croft");
    }

    @Test
    void aCapitalisedCueFormInsideAnOrdinarySentenceStaysANoun() {
        // "Says" in a sentence case line is part of a title, no verb
        List<Statement> found = extract("Tickets for Morning Says Goodbye went on sale at noon.");
        assertThat(found).isEmpty();
    }

    @Test
    void aNamingVerbWithObjectAndComplementVoicesItsSubjectsJudgement() {
        List<Statement> found = extract("Senator Ada Croft called the budget plan a gift to the banks.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Senator Ada Croft");
        assertThat(content(found.get(0))).contains("the budget plan a gift to the banks");
    }

    @Test
    void aNamingVerbTakesABareNounALongOrAPossessedObject() {
        assertThat(content(single(extract("Senator Ada Croft has called harbour dredging a waste of money.")))).contains("harbour dredging a waste of money");
        assertThat(content(single(extract("Mayor Tom Reed called the decision to close the northern pier a mistake.")))).contains("the northern pier a mistake");
        assertThat(content(single(extract("Ada Croft called Lindhal Bank’s conduct “outrageous.”")))).contains("outrageous");
    }

    @Test
    void anArticleBehindAPrepositionIsNoComplementOfANamingVerb() {
        assertThat(extract("The union called its members to a meeting.")).isEmpty();
    }

    private static Statement single(List<Statement> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aNamingVerbWithoutComplementOnlyNames() {
        assertThat(extract("A website called Daily Truth posts its stories at night.")).isEmpty();
        assertThat(extract("A ferry called “Grey Heron” left the harbour at noon.")).isEmpty();
        assertThat(extract("A ferry, called the “Grey Heron,” left the harbour at noon.")).isEmpty();
    }

    @Test
    void aCapitalisedNicknameAfterANamingVerbIsWhatWasSaid() {
        // a short capitalised quote is otherwise taken for a name ("the “Harbour Star”")
        Statement nickname = single(extract("Governor Tom Dorn called Ada Pike “Little Ada” at a rally on Monday."));
        assertThat(content(nickname)).contains("Little Ada");
        assertThat(nickname.speaker().mention()).isEqualTo("Governor Tom Dorn");
        Statement dubbed = single(extract("Tom Dorn has dubbed his rival “Crooked Ada” for months."));
        assertThat(dubbed.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
        assertThat(content(dubbed)).isEqualTo("“Crooked Ada”");
    }

    @Test
    void calledOnSomeoneToActIsADemandOfTheSubject() {
        List<Statement> found = extract("The mayor called on the council to reopen the pier.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("The mayor");
        assertThat(content(found.get(0))).contains("the council to reopen the pier");
    }

    @Test
    void anAttitudeTowardsAPlanWithAShortObjectIsAStatement() {
        List<Statement> found = extract("The harbour council opposed the pier plan on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("The harbour council");
        assertThat(content(found.get(0))).contains("the pier plan");
    }

    @Test
    void talkingAboutSomethingIsAStatementAndSpeakingToSomeoneIsNot() {
        assertThat(extract("Mayor Tom Reed spoke to the fishermen on Monday.")).isEmpty();
        List<Statement> found = extract("Mayor Tom Reed talked about the flood defences for an hour.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().canonical()).isEqualTo("Tom Reed");
        assertThat(content(found.get(0))).contains("the flood defences");
    }

    @Test
    void referringToAfterTheCueIsWhatTheSpeakerMeant() {
        List<Statement> found = extract("\"We need calm hands,\" the mayor said, referring to her rival.");
        assertThat(found).hasSize(2);
        assertThat(found.stream().map(this::content)).contains("\"We need calm hands,\"");
        Statement meant = found.stream().filter(st -> content(st).contains("her rival")).findFirst().orElseThrow();
        assertThat(meant.speaker().mention()).isEqualTo("the mayor");
    }
}
