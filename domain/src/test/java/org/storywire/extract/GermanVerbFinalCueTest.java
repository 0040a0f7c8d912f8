package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A listed reporting verb in a form the list does not spell, verb-final in the present ("mitteilt", "feststellt"), is a
 * cue where it closes a "wie" clause or opens a "dass" clause; in a relative or temporal clause it reports nothing.
 * Every text is written for this test.
 */
class GermanVerbFinalCueTest {
    @Test
    void aJoinedSeparableVerbClosingAWieClauseIsACue() {
        String text = "Wie ein Sprecher der Feuerwehr mitteilt, wurde die Brücke am Morgen gesperrt.";
        Statement s = about(extract(text), "Brücke");
        assertThat(content(s, text)).isEqualTo("wurde die Brücke am Morgen gesperrt");
        assertThat(s.speaker().mention()).contains("Sprecher");
        assertThat(s.cue()).isEqualTo("mitteilt");
    }

    @Test
    void aJoinedSeparableVerbBeforeADassClauseIsACue() {
        String text = "Die Forscherin, die davon ausgeht, dass der Stern jung ist, misst weiter.";
        assertThat(extract(text)).anySatisfy(s -> assertThat(content(s, text)).startsWith("dass der Stern jung ist"));
    }

    @Test
    void aJoinedSeparableVerbEndingARelativeOrTemporalClauseIsNoCue() {
        assertThat(extract("Der Wind, der vom Meer ausgeht, ist kalt.")).isEmpty();
        assertThat(extract("Im Mai machte der Gewerkschafter Schlagzeilen, als er zu einem Streik aufrief, der drei Tage dauerte.")).isEmpty();
    }
}
