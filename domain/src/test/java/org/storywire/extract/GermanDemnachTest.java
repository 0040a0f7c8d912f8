package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * "demnach" inside the clause ("Die Partei erreichte demnach ..."), as at its start, goes on with the source reported on
 * before; with none before it, it means "so" and reports nothing. Every text is written for this test.
 */
class GermanDemnachTest {
    @Test
    void demnachWithinTheClauseContinuesTheSourceBefore() {
        String text = "Laut dem Wahlamt von Kerbach hat die Grüne Liste die Wahl klar gewonnen. "
                + "Die Freie Union erreichte demnach nur den dritten Platz.";
        Statement s = extract(text).stream().filter(x -> content(x, text).contains("dritten Platz")).findFirst().orElseThrow();
        assertThat(s.speaker().mention()).isEqualTo("demnach");
        assertThat(s.speaker().canonical()).contains("Wahlamt");
    }

    @Test
    void demnachWithinTheClauseWithNoSourceBeforeIsNoReport() {
        String text = "Die Fähre wird im Juli wieder fahren. Geplant ist demnach eine Abfahrt am Morgen.";
        assertThat(extract(text)).isEmpty();
    }
}
