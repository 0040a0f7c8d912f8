package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ", with three in 10 saying ...": an absolute clause names the participle's subject behind "with". Sentences written for this test. */
class EnglishWithParticipleTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void theAbsoluteClauseIsAStatementOfItsSubject() {
        List<Statement> found = english.extract("Most harbour workers shrugged off the vote, with three in 10 saying the new contract would change nothing.");
        Statement saying = english.withCue(found, "saying");
        assertThat(saying.speaker().mention()).isEqualTo("three in 10");
        assertThat(english.content(saying)).isEqualTo("the new contract would change nothing");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "shrugged off"))).doesNotContain("saying");
    }

    @Test
    void aShareBehindWithIsTheSubjectEvenWhenNoClauseFollows() {
        List<Statement> found = english.extract("The mayor won the port vote easily, with most dock delegates saying the plan had convinced them.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("most dock delegates");
    }

    @Test
    void withoutACommaOrWithAClauseOpenerInsideThereIsNoAbsoluteClause() {
        List<Statement> found = english.extract("Tom Reed left the harbour hall with his aides saying the talks had failed.");
        assertThat(found).extracting(s -> s.speaker().mention()).doesNotContain("his aides");
        found = english.extract("The council met on Monday, with the members arguing while the mayor was saying the budget was fine.");
        assertThat(found).extracting(s -> s.speaker().mention()).doesNotContain("the members arguing while the mayor was");
    }
}
