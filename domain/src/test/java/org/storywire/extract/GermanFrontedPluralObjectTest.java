package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Verb-second order with a fronted object: a plural noun before a verb in the third person singular does not agree
 * with it, so the subject stands behind the verb. Every text is written for this test.
 */
class GermanFrontedPluralObjectTest {
    @Test
    void aPluralBeforeASingularVerbIsTheObject() {
        Statement s = about(extract("Die Berichte über eine Fusion wies der Vorstandschef am Dienstag zurück."), "Fusion");
        assertThat(s.speaker().mention()).isEqualTo("der Vorstandschef");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);

        Statement named = about(extract("Entsprechende Meldungen wies Landrätin Ilse Bohnert zurück."), "Meldungen");
        assertThat(named.speaker().canonical()).contains("Bohnert");
    }

    @Test
    void aPluralBeforeAPluralVerbIsTheSubject() {
        Statement s = about(extract("Die Anwohner wiesen den Bericht der Stadt zurück."), "Anwohner");
        assertThat(s.speaker().mention()).isEqualTo("Die Anwohner");
    }
}
