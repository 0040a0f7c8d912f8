package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A colon behind the clause a reporting verb governs does not make the quotation after it that verb's said part. Sentences written for this test. */
class EnglishColonAfterClauseTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void theVerbKeepsTheClauseItGoverns() {
        List<Statement> found = english.extract("But Reed said he was too busy to check the tide tables: “I have a ferry to run.”");
        assertThat(found).anyMatch(s -> "said".equals(s.cue()) && english.content(s).contains("he was too busy"));
    }

    @Test
    void aColonRightAfterThePhraseOfTheVerbOpensWhatWasSaid() {
        List<Statement> found = english.extract("Reed said in a statement: “I have a ferry to run.”");
        assertThat(english.content(english.withCue(found, "said"))).isEqualTo("“I have a ferry to run.”");
    }
}
