package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A verb of judging, regretting, welcoming or defending with a bare object in a short teaser ({@link TeaserJudgement}):
 * the teaser sums up the subject's position as a headline does; in running text the clause only names what was judged.
 * Every item, person and body is invented for this test.
 */
class GermanTeaserJudgementTest {
    @Test
    void judgingABareObjectInATeaserIsTheSubjectsClaim() {
        Statement s = about(extract("Pokal-Aus für Wendhausen", "Der Klub verlor mit 0:3 in Harbach. Trainer Olsen kritisierte vor allem die Chancenverwertung."),
                "Chancenverwertung");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).contains("Olsen");
    }

    @Test
    void regrettingOrDefendingADecisionInATeaserIsAClaim() {
        assertThat(about(extract("Intendant verlässt Stadttheater Ostrau", "Er geht nach nur zwei Spielzeiten. Die Kulturdezernentin bedauerte die Entscheidung."),
                "bedauerte").speaker().mention()).contains("Kulturdezernentin");
        assertThat(about(extract("Ärger um Elfmeter in Lindow", "Der Gastgeber haderte mit dem Pfiff. Der Kontakt sei harmlos gewesen. Schiedsrichter Tom Weller verteidigte seine Entscheidung."),
                "verteidigte").speaker().mention()).contains("Weller");
    }

    @Test
    void hopingAMatchDefendedOrRunningTextStayNoStatement() {
        assertThat(extract("Tarifstreit bei den Stadtwerken", "Die Gewerkschaft hofft auf eine Einigung.")).isEmpty();
        assertThat(extract("Finale in Barnstedt", "Die Gastgeberinnen verteidigten den Titel vor 3.000 Zuschauern.")).isEmpty();
        assertThat(extract("Der Verband kritisierte die Pläne. Am Abend beriet der Vorstand. Die Sitzung dauerte bis Mitternacht. "
                + "Danach gingen alle nach Hause.")).isEmpty();
    }
}
