package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Complaining in the plural ("Anwohner klagen über ..."), a title's shown attitude ("gibt sich zuversichtlich") and a
 * title's dismissal ("winkt ab"); suing and running text's narration are no statements. Every text is written for this test.
 */
class GermanAttitudeTitleCueTest {

    @Test
    void complainingInThePluralIsAClaim() {
        Statement s = about(extract("Die Pendler aus Moosried klagen über ständige Zugausfälle."), "Zugausfälle");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).contains("Pendler");
    }

    @Test
    void suingIsNoComplaint() {
        assertThat(extract("Die Anwohner aus Moosried klagen gegen die Genehmigung der Halle.")).isEmpty();
    }

    @Test
    void aTitlesShownAttitudeIsAClaim() {
        Statement s = about(extract("Vor dem Pokalspiel: Kapitänin Roth gibt sich kämpferisch", "Das Spiel beginnt um 18 Uhr."), "kämpferisch");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).contains("Roth");
    }

    @Test
    void aTitlesDismissalIsAStatement() {
        List<Statement> st = extract("Wechsel nach Spanien? Torjäger Okonkwo winkt ab", "Sein Vertrag läuft bis 2029.");
        assertThat(about(st, "winkt ab").speaker().mention()).contains("Okonkwo");
    }

    @Test
    void runningTextsPosingIsNoStatement() {
        assertThat(extract("Die Männer gaben sich am Telefon als Handwerker aus und erbeuteten Schmuck.")).isEmpty();
    }
}
