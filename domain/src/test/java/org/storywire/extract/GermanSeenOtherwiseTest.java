package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** Seeing what was just said or charged otherwise disputes it: a denial of the subject. Every text is written for this test. */
class GermanSeenOtherwiseTest {
    @Test
    void seeingItOtherwiseDenies() {
        Statement s = about(extract("Die Anwohner klagen über Lärm von der Baustelle. Die Baufirma sieht das anders."), "sieht das anders");
        assertThat(s.speaker().mention()).contains("Baufirma");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aPluralSubjectSeesItOtherwiseToo() {
        Statement s = about(extract("Der Minister hält die Reform für gelungen. Viele Lehrer sehen das ganz anders."), "ganz anders");
        assertThat(s.speaker().mention()).contains("Lehrer");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }
}
