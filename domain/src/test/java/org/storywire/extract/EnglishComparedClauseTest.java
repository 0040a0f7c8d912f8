package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ", compared with 40 percent who say ...": a compared share with a relative clause says a statement of its own. Sentences written for this test. */
class EnglishComparedClauseTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void theComparedShareSaysTheRelativeClause() {
        List<Statement> found = english.extract("Almost half of the dock workers said they wanted a new union, compared with four in 10 who said they preferred the old one.");
        assertThat(found).extracting(english::content).containsExactly("they wanted a new union", "they preferred the old one");
        Statement second = english.withContent(found, "they preferred the old one");
        assertThat(second.speaker().mention()).isEqualTo("who");
        assertThat(second.speaker().canonical()).isEqualTo("four in 10");
    }

    @Test
    void theSameOfAnotherIsWhatTheShareSays() {
        List<Statement> found = english.extract("Seventy percent of harbour voters say they trust the mayor, compared with 40 percent who say the same of her rival.");
        assertThat(found).extracting(english::content).contains("the same of her rival");
    }

    @Test
    void comparingNotesIsNoComparedShare() {
        List<Statement> found = english.extract("The mayor met the workers, compared notes with the union leaders who said the yard would close.");
        assertThat(found).extracting(s -> s.speaker().canonical()).doesNotContain("the union leaders");
    }
}
