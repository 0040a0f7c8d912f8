package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation running on for sentences after its cue: a negation there describes something else and denies nothing,
 * while calling something false there still makes the statement a denial. Every text is invented.
 */
class RunOnQuotationStanceTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aNegationInTheRunOnSentencesDeniesNothing() {
        List<Statement> statements = english.extract("\"I knew the director well before the tour,\" the singer Mara Quill said. "
                + "\"He was my mentor. I was never a good pupil.\"");
        assertThat(statements).singleElement().satisfies(s -> assertThat(s.stance()).isEqualTo(Stance.CLAIM));
    }

    @Test
    void callingTheClaimsFalseAfterTheCueStillDenies() {
        List<Statement> statements = english.extract("\"The company regrets the delay in payments,\" spokeswoman Ada Brenn said. "
                + "\"However, the claims about unpaid wages are untrue.\"");
        assertThat(statements).singleElement().satisfies(s -> assertThat(s.stance()).isEqualTo(Stance.DENIAL));
    }
}
