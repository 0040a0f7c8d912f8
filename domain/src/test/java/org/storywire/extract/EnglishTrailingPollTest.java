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
    void pollsAsAPlaceOrAsASubjectReportNothing() {
        assertThat(english.extract("Harbour voters in two towns going to the polls on Tuesday are unhappy.")).isEmpty();
        assertThat(english.extract("The harbour workers in the survey were undecided.")).isEmpty();
        assertThat(english.extract("Ada Croft spoke in the harbour hall on Monday.")).isEmpty();
    }
}
