package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * "..., wie der Verband am Montag bekannt gab.": a cue closing a "wie" clause at the end of its sentence has its subject
 * inside that clause; the main clause before it is what was said, its phrases are no speaker. Every text is written for
 * this test.
 */
class GermanClosingWieClauseTest {
    @Test
    void theSubjectInsideTheClosingWieClauseSpeaks() {
        assertThat(extract("Die Vergabe wird die letzte nach dem Rotationsprinzip sein, wie der Verband am Montag bekannt gab."))
                .singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("der Verband"));
        assertThat(extract("Vor allem im Norden ist die Miliz aktiv, wie Menschenrechtsorganisationen betonen."))
                .singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("Menschenrechtsorganisationen"));
    }
}
