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

    @Test
    void aCompoundWithALowerCaseFirstPartAndACapitalisedHeadIsCapitalised() {
        assertThat(Token.of("kwp-Meldung", 0, 11, false).capitalised()).as("a lower-case outlet before a noun").isTrue();
        assertThat(Token.of("al-Varesi", 0, 9, false).capitalised()).as("a name particle before a name").isTrue();
        assertThat(Token.of("grün-rot", 0, 8, false).capitalised()).as("two lower-case parts").isFalse();
        assertThat(Token.of("3-D", 0, 3, false).capitalised()).as("a digit before the hyphen").isFalse();
        assertThat(Token.of("-Meldung", 0, 8, false).capitalised()).as("nothing before the hyphen").isFalse();
    }
}
