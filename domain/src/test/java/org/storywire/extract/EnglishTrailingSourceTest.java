package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A closing "according to X" vouches for the clause right before it; a verb of saying in an earlier clause of the
 * sentence keeps a statement of its own. Sentences written for this test.
 */
class EnglishTrailingSourceTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void theSourceTakesTheLastCoordinatedClause() {
        List<Statement> found = english.extract("The mayor praised the harbour pilots, and won most of the vote in the port district, according to exit polls.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "praised"))).isEqualTo("the harbour pilots");
        assertThat(english.content(english.withCue(found, "according to"))).isEqualTo("won most of the vote in the port district");
    }

    @Test
    void theSourceTakesTheRelativeClauseBehindTheVerbsObject() {
        List<Statement> found = english.extract("The union denounced the toll, which would double the fare for pensioners, according to the ferry line.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "denounced"))).isEqualTo("the toll");
        assertThat(english.content(english.withCue(found, "according to"))).isEqualTo("which would double the fare for pensioners");
    }

    @Test
    void withoutABoundaryBehindTheVerbTheSourceKeepsTheWholeClause() {
        List<Statement> found = english.extract("The ferry line cut 300 jobs last year, according to the union.");
        assertThat(found).hasSize(1);
        assertThat(english.content(found.get(0))).isEqualTo("The ferry line cut 300 jobs last year");
    }
}
