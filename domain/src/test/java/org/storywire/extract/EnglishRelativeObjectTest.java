package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English reporting verbs whose object is a relative pronoun before their subject ("the claims, which he denied"):
 * what was said is the pronoun, standing for its antecedent, not the words behind the verb. Sentences written for
 * this test.
 */
class EnglishRelativeObjectTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void theRelativePronounIsWhatAVerbWithoutObjectReports() {
        List<Statement> found = english.extract("The ferry line repeated the old allegations, which the harbour master has denied.");
        Statement denied = english.withCue(found, "denied");
        assertThat(english.content(denied)).isEqualTo("which");
        assertThat(denied.speaker().mention()).isEqualTo("the harbour master");
        assertThat(english.content(english.withCue(found, "repeated"))).isEqualTo("the old allegations");
    }

    @Test
    void anAdjunctBehindTheVerbIsNoComplement() {
        List<Statement> found = english.extract("Her narrow win, which Reed conceded when the polls closed, surprised the council.");
        assertThat(found).hasSize(1);
        // alone in its sentence, the statement reads its clause from the antecedent on
        assertThat(english.content(found.get(0))).isEqualTo("Her narrow win, which");
    }

    @Test
    void aVerbWithAComplementOfItsOwnKeepsIt() {
        List<Statement> found = english.extract("The toll, which the mayor promised to scrap, stayed in place.");
        assertThat(found).hasSize(1);
        assertThat(english.content(found.get(0))).doesNotEndWith("which");
    }

    @Test
    void aPronounAfterAPrepositionIsNotTheVerbsObject() {
        List<Statement> found = english.extract("The council published a letter in which the mayor declares her support.");
        assertThat(found).extracting(english::content).doesNotContain("which");
    }
}
