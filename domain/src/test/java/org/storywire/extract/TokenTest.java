package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a token says of its own letters (invented words). */
class TokenTest {

    @Test
    void anAcronymIsTwoOrMoreCapitalsAndNothingElse() {
        assertThat(Token.of("VLK", 0, 3, false).acronym()).isTrue();
        assertThat(Token.of("ÄVG", 0, 3, false).acronym()).as("an umlaut capital").isTrue();
        assertThat(Token.of("V", 0, 1, false).acronym()).as("one letter").isFalse();
        assertThat(Token.of("VLKs", 0, 4, false).acronym()).as("a lower-case letter").isFalse();
        assertThat(Token.of("V-L", 0, 3, false).acronym()).as("a hyphen").isFalse();
        assertThat(Token.of("G7", 0, 2, false).acronym()).as("a digit").isFalse();
    }
}
