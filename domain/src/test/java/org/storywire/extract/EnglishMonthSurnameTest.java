package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A month's name behind a name's first word is its surname ("Theresa May"). Sentences written for this test. */
class EnglishMonthSurnameTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aMonthBehindANamesFirstWordIsItsSurname() {
        List<Statement> found = english.extract("Harbour Minister Dora May said the ferry would run again.");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Harbour Minister Dora May");
    }

    @Test
    void aMonthBeforeItsDayIsNoSurname() {
        List<Statement> found = english.extract("Dora Lind on Friday May 5 said the ferry would run again.");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Dora Lind");
    }

    @Test
    void aModalInATitleIsNoSurname() {
        List<Statement> found = english.extract("Varga May Not Have Denied The Plan", "Tom Varga said on Monday that the plan would go ahead.");
        assertThat(found).extracting(s -> s.speaker() == null ? "" : s.speaker().mention()).doesNotContain("Varga May");
    }
}
