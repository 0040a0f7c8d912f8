package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * "wollen" with a perfect infinitive: the subject's own claim about itself ("Die Reederei will von nichts gewusst
 * haben"). Every text is written for this test.
 */
class GermanSelfReportTest {
    @Test
    void wollenWithAPerfectInfinitiveIsTheSubjectsClaim() {
        Statement s = about(extract("Die Reederei Holmsand will von den Mängeln an der Fähre nichts gewusst haben."), "Mängeln");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).isEqualTo("Die Reederei Holmsand");
    }

    @Test
    void anInvertedSubjectClaimsToo() {
        Statement s = about(extract("Am Hafen will ein Angler das Boot gegen Mitternacht gesehen haben."), "Boot");
        assertThat(s.speaker().mention()).isEqualTo("ein Angler");
    }

    @Test
    void anIntentionIsNoClaim() {
        assertThat(extract("Die Reederei will die alte Fähre im Winter verkaufen.")).isEmpty();
        assertThat(extract("Die Reederei will bis zum Sommer alle Fähren umgebaut haben.")).isEmpty();
    }
}
