package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Asked whether ..., Reed said ...": the question put is an attribution of its own beside the answer. */
class EnglishAskedOpeningTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void theQuestionIsAStatementAndTheAnswerKeepsItsOwnContent() {
        List<Statement> statements = english.extract("Asked whether the quay would reopen in May, Mayor Tom Reed said no.");
        assertThat(statements).hasSize(2);
        assertThat(english.withContent(statements, "whether the quay would reopen in May").speaker()).isNull();
        // the answer keeps its clause, as a sentence's one statement does, without the question before it
        assertThat(english.withContent(statements, "Mayor Tom Reed said no").speaker().canonical()).isEqualTo("Tom Reed");
    }

    @Test
    void aCueInsideTheQuestionIsWhatWasAsked() {
        List<Statement> statements = english.extract("Asked if she believed the ferry line had misled the council, Jane Albers said she did not know.");
        assertThat(statements).extracting(english::content)
                .containsExactlyInAnyOrder("if she believed the ferry line had misled the council", "Jane Albers said she did not know");
    }

    @Test
    void theQuestionMayEndInsideItsQuotation() {
        List<Statement> statements = english.extract("Asked whether the ferry line “has been honest with the town,” 60 percent of riders said no, "
                + "but most said the ferry was on time.");
        assertThat(statements).extracting(english::content).contains("whether the ferry line “has been honest with the town,”");
        assertThat(statements).extracting(Statement::cue).contains("said", "said");
    }

    @Test
    void anotherOpeningParticipleIsNoQuestion() {
        List<Statement> statements = english.extract("Recalling the flood, Jane Albers said the quay had held.");
        assertThat(statements).extracting(english::content).containsExactly("Recalling the flood, Jane Albers said the quay had held");
    }
}
