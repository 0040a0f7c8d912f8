package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A comma set inside the closing quotation mark still closes the clause said before the subject. Sentences written for this test. */
class EnglishQuotedCommaTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void theClauseBeforeTheSubjectIsSaidAndTheParticipleSaysItsOwn() {
        List<Statement> found = english.extract("The quay will close in the “dry season,” Reed said, adding that the ferry would stop.");
        assertThat(english.content(english.withCue(found, "said"))).startsWith("The quay will close");
        assertThat(english.content(english.withCue(found, "adding"))).isEqualTo("that the ferry would stop");
    }
}
