package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** A numeral word determines the noun behind it, as an article does: the noun, not the numeral, heads the speaker. Invented text. */
class GermanNumeralSubjectTest {
    @Test
    void aNumeralOpeningTheSentenceDeterminesItsSubject() {
        Statement s = about(extract("Zwei weitere Anwohnerinnen werfen dem Betreiber Lärmschutzverstöße vor."), "Lärmschutz");
        assertThat(s.speaker().mention()).isEqualTo("Zwei weitere Anwohnerinnen");
    }
}
