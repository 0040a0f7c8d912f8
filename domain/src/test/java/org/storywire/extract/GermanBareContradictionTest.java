package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A verb of contradicting with nothing behind it answers what was said before it: a denial, in a title's clause after
 * a dash and in running text; with an object behind it, it stays as the object makes it. Every text is written for this test.
 */
class GermanBareContradictionTest {
    @Test
    void aBareContradictionAfterAClaimDenies() {
        Statement s = about(extract("Die Schülervertretung beklagt kalte Klassenräume, sagte ihr Sprecher. Die Schulleitung widerspricht."), "Schulleitung");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aBareContradictionInATitleDenies() {
        Statement s = about(extract("Fischer klagen über Fangquoten – Behörde widerspricht", "Die Bestände erholten sich."), "Behörde widerspricht");
        assertThat(s.speaker().mention()).isEqualTo("Behörde");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }
}
