package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "... in the latest poll": a poll phrase closing a clause is the source of that clause. Sentences written for this test. */
class EnglishTrailingPollTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aPollPhraseBehindAClauseReportsTheClause() {
        List<Statement> found = english.extract("Mayor Tom Reed leads Ada Croft by nine points in the latest Harbour Post poll released Wednesday.");
        assertThat(found).hasSize(1);
        assertThat(english.content(found.get(0))).isEqualTo("Mayor Tom Reed leads Ada Croft by nine points");
        assertThat(english.content(english.extract("Ada Croft fell to ten percent in the polls.").get(0))).isEqualTo("Ada Croft fell to ten percent");
    }

    @Test
    void slashedNamesAndAnOfPhraseStayInsideThePollPhrase() {
        List<Statement> found = english.extract("Ada Croft took a narrow lead in the latest Harbour News/Valley Courier state poll.");
        assertThat(found).hasSize(1);
        assertThat(english.content(found.get(0))).isEqualTo("Ada Croft took a narrow lead");
        found = english.extract("Mayor Tom Reed trails the senator in the Lindhal average of state polls by nine points.");
        assertThat(found).hasSize(1);
        assertThat(english.content(found.get(0))).isEqualTo("Mayor Tom Reed trails the senator");
        found = english.extract("In a Harbour News/Valley Courier poll released Monday, half of the voters chose Reed.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("a Harbour News/Valley Courier poll released Monday");
    }

    @Test
    void aTimeOrAParticipleBehindThePollClosesItsPhrase() {
        assertThat(english.content(english.extract("Ada Croft gained six points in a Harbour News poll last month.").get(0))).isEqualTo("Ada Croft gained six points");
        assertThat(english.content(english.extract("Tom Reed led in the dozen surveys leading up to the vote.").get(0))).isEqualTo("Tom Reed led");
    }

    @Test
    void twoClausesWithAPollEachAreTwoStatements() {
        List<Statement> found = english.extract("Tom Reed came second in January polls, although Ada Croft moved up to second in a later survey from Lindhal College.");
        assertThat(found).extracting(english::content).containsExactly("Tom Reed came second", "Ada Croft moved up to second");
    }

    @Test
    void aPollBeforeAnotherPredicateReportsNothing() {
        assertThat(english.extract("Ada Croft rose in the polls and won the backing of two unions.")).isEmpty();
    }

    @Test
    void pollsAsAPlaceOrAsASubjectReportNothing() {
        assertThat(english.extract("Harbour voters in two towns going to the polls on Tuesday are unhappy.")).isEmpty();
        assertThat(english.extract("The harbour workers in the survey were undecided.")).isEmpty();
        assertThat(english.extract("Ada Croft spoke in the harbour hall on Monday.")).isEmpty();
    }
}
