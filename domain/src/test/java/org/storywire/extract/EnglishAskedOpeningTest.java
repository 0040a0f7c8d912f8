package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Asked whether ..., Reed said ...": the answer carries the question put, which is no statement of its own. Every text is invented. */
class EnglishAskedOpeningTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void theAnswerCarriesTheQuestionAndKeepsItsOwnContent() {
        List<Statement> statements = english.extract("Asked whether the quay would reopen in May, Mayor Tom Reed said no.");
        // the answer keeps its clause, as a sentence's one statement does, without the question before it
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(english.content(s)).isEqualTo("Mayor Tom Reed said no");
            assertThat(english.question(s)).isEqualTo("whether the quay would reopen in May");
            assertThat(s.speaker().canonical()).isEqualTo("Tom Reed");
        });
    }

    @Test
    void aCueInsideTheQuestionIsWhatWasAsked() {
        List<Statement> statements = english.extract("Asked if she believed the ferry line had misled the council, Jane Albers said she did not know.");
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(english.content(s)).isEqualTo("Jane Albers said she did not know");
            assertThat(english.question(s)).isEqualTo("if she believed the ferry line had misled the council");
        });
    }

    @Test
    void theQuestionMayEndInsideItsQuotation() {
        List<Statement> statements = english.extract("Asked whether the ferry line “has been honest with the town,” 60 percent of riders said no, "
                + "but most said the ferry was on time.");
        assertThat(statements).extracting(english::question).contains("whether the ferry line “has been honest with the town,”");
        assertThat(statements).extracting(Statement::cue).containsExactly("said", "said");
    }

    @Test
    void anotherOpeningParticipleIsNoQuestion() {
        List<Statement> statements = english.extract("Recalling the flood, Jane Albers said the quay had held.");
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(english.content(s)).isEqualTo("Recalling the flood, Jane Albers said the quay had held");
            assertThat(s.question()).isNull();
        });
    }
}
