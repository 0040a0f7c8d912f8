package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * "X lehnt Y ab" in a title: a party, a union or a person rejecting a demand or an offer takes a position (a claim),
 * rejecting a report, an expert report or a call to resign denies it, and a council, an assembly or a court rejecting
 * an application decides and says nothing. Running text narrates with the verb. Every text is written for this test.
 */
class GermanTitleRejectionTest {
    @Test
    void aUnionRejectingAnOfferTakesAPosition() {
        Statement s = about(extract("Gewerkschaft Nordbau lehnt Angebot der Arbeitgeber ab", "Die Gespräche gehen im Mai weiter."), "lehnt");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).contains("Gewerkschaft");
    }

    @Test
    void aPartyRejectingAnExpertReportDeniesIt() {
        Statement s = about(extract("Heimatpartei lehnt Gutachten zur Grundsteuer ab", "Die Verfasser rechnen mit Mehreinnahmen."), "lehnt");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
        assertThat(s.speaker().mention()).isEqualTo("Heimatpartei");
    }

    @Test
    void aCouncilRejectingAnApplicationDecides() {
        assertThat(extract("Gemeinderat Ulmenbach lehnt Bauantrag für Tankstelle ab", "Der Betreiber will klagen."))
                .noneMatch(s -> s.sentenceText().contains("lehnt"));
        assertThat(extract("Verwaltungsgericht lehnt Eilantrag gegen Straßenfest ab", "Das Fest findet statt."))
                .noneMatch(s -> s.sentenceText().contains("lehnt"));
    }

    @Test
    void aWorksCouncilIsNoDecidingBody() {
        Statement s = about(extract("Betriebsrat lehnt Sparprogramm bei Holzwerk Brandt ab", "Die Belegschaft protestiert."), "lehnt");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).isEqualTo("Betriebsrat");
    }

    @Test
    void inRunningTextTheVerbNarrates() {
        assertThat(extract("Der Ausschuss tagte am Montag. Der Verband lehnt den Entwurf ab, weil er zu teuer sei."))
                .noneMatch(s -> "lehnt".equals(s.cue()));
    }
}
