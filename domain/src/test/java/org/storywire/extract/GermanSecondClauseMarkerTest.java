package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report marker opening the second of two clauses, after "und" or a semicolon, reports that clause; the clause before
 * it is a statement of its own, with the marker's speaker. Every text is written for this test.
 */
class GermanSecondClauseMarkerTest {
    @Test
    void aMarkerAfterUndReportsItsOwnClause() {
        String text = "Die Täter sollen zwei Lieferwagen angezündet haben und laut Polizei drei Passanten leicht verletzt haben.";
        List<Statement> found = extract(text);
        assertThat(found).extracting(s -> content(s, text))
                .containsExactly("Die Täter sollen zwei Lieferwagen angezündet haben", "drei Passanten leicht verletzt haben");
        assertThat(found).allSatisfy(s -> assertThat(s.speaker().mention()).isEqualTo("Polizei"));
    }

    @Test
    void aMarkerAfterASemicolonToo() {
        String text = "Der Schaden am Dach sei gering; nach Angaben der Versicherung liegt er unter einer halben Million Euro.";
        assertThat(extract(text)).extracting(s -> content(s, text))
                .containsExactly("Der Schaden am Dach sei gering", "liegt er unter einer halben Million Euro");
    }

    @Test
    void aMarkerAfterUndBetweenNounsStaysOneStatement() {
        String text = "Die Feuerwehr und laut Zeugen auch zwei Anwohner halfen den Verletzten.";
        assertThat(extract(text)).hasSize(1);
    }
}
