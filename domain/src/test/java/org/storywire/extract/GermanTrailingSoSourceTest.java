package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Der Händler habe Verdachtsfälle zu spät gemeldet, so die Aufsicht": the trailing "so X" reports the whole clause
 * before it, so a verb of saying inside that clause, in the Konjunktiv, is part of what X said, not its subject's own
 * statement. Every text is written for this test.
 */
class GermanTrailingSoSourceTest {
    @Test
    void theTrailingSourceSpeaksAClauseThatHoldsAVerbOfSaying() {
        List<Statement> found = extract("Bußgeld gegen Onlinehändler", "Der Händler habe Verdachtsfälle zu spät gemeldet, so die Aufsicht.");
        Statement s = about(found, "Verdachtsfälle");
        assertThat(s.speaker().mention()).isEqualTo("die Aufsicht");
    }
}
