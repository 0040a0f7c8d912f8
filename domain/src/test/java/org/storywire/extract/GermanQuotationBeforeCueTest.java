package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation of several sentences with its cue behind it: the whole quotation is what was said, not the cue's
 * sentence, which opens inside it. Every text is written for this test, with invented names.
 */
class GermanQuotationBeforeCueTest {
    @Test
    void twoMembersMeanBehindTheirQuotation() {
        String text = "„Der neue Vertrag bricht alle Zusagen an die Belegschaft. Viele Punkte sind völlig offen“, meinen die beiden Betriebsräte Ole Brandt und Jens Voss.";
        Statement s = only(extract(text));
        assertThat(content(s, text)).isEqualTo("„Der neue Vertrag bricht alle Zusagen an die Belegschaft. Viele Punkte sind völlig offen“");
    }

    @Test
    void aCoachIsQuotedInThePassiveWithoutAComma() {
        String text = "„Die Mannschaft hat alles gegeben. Die Schuld an der Niederlage liegt allein bei mir“ wird der Trainer in der Zeitung „Sportblatt“ zitiert.";
        Statement s = only(extract(text));
        assertThat(content(s, text)).isEqualTo("„Die Mannschaft hat alles gegeben. Die Schuld an der Niederlage liegt allein bei mir“");
        assertThat(s.speaker().mention()).isEqualTo("der Trainer");
    }

    @Test
    void aQuotationInsideOneSentenceKeepsItsFrameAsBefore() {
        String text = "„Wir bleiben in der Stadt“, sagte die Sprecherin Lea Hoff.";
        assertThat(content(only(extract(text)), text)).isEqualTo("„Wir bleiben in der Stadt“");
    }

    private static Statement only(List<Statement> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
