package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker admitting a fault of their own confirms in an article, whatever verb reports it ({@code AdmittedFault}); in
 * a teaser under a headline the admission stays a claim, and a negated fault or regret over an incident admits nothing.
 * Every text is written for this test.
 */
class AdmittedFaultTest {
    @Test
    void germanAdmissionsConfirm() {
        List<Statement> st = GermanExtraction.extract("„Wir haben schwere Fehler gemacht“, sagte Werkleiter Olaf Brinck. "
                + "„Wir hätten die Lecks viel früher melden müssen“, sagte Brinck am Dienstag.");
        assertThat(about(st, "schwere Fehler").stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(about(st, "Lecks").stance()).isEqualTo(Stance.CONFIRMATION);
    }

    @Test
    void aNegatedFaultAndRegretOverAnIncidentAdmitNothing() {
        List<Statement> st = GermanExtraction.extract("„Wir haben keinen Fehler gemacht“, sagte Werkleiter Olaf Brinck. "
                + "„Wir bedauern den Vorfall sehr“, sagte eine Sprecherin der Stadtwerke.");
        assertThat(about(st, "keinen Fehler").stance()).isNotEqualTo(Stance.CONFIRMATION);
        assertThat(about(st, "Vorfall").stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void inATeaserAnAdmissionIsTheSpeakersOwnPoint() {
        List<Statement> st = GermanExtraction.extract("Werkleiter räumt Versäumnisse ein", "„Wir hätten die Lecks viel früher melden müssen“, sagte Werkleiter Olaf Brinck.");
        assertThat(about(st, "Lecks").stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void englishAdmissionsConfirm() {
        EnglishExtraction x = new EnglishExtraction();
        List<Statement> st = x.extract("\"We should have warned our customers sooner,\" a Brightfield spokeswoman said. "
                + "\"I take full responsibility for the delays,\" chief executive Anna Royce told reporters.");
        assertThat(about(st, "warned our customers").stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(about(st, "full responsibility").stance()).isEqualTo(Stance.CONFIRMATION);
    }
}
