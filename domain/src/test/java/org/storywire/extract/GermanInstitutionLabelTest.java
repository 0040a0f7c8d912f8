package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A headline label naming an institution by its kind, alone or before its own name ("Gemeinde Xy: ...", "Bahn: ..."),
 * speaks the line behind its colon when that line has a statement's form or, behind the institution's name, is a
 * clause; a place or topic label, or a narrated event behind it, says nothing. Every text is written for this test.
 */
class GermanInstitutionLabelTest {
    @Test
    void aTownNamedByItsKindSpeaksANegatedLine() {
        Statement s = about(extract("Gemeinde Wollbrück: Keine Zuschüsse für den Sportplatz", "Der Rat tagt am Montag erneut."), "Zuschüsse");
        assertThat(s.speaker().mention()).isEqualTo("Gemeinde Wollbrück");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aClinicWithItsNameSpeaksAClause() {
        Statement s = about(extract("Kreisklinik Hallbrand: Wartezeiten sinken deutlich", "Neue Ärzte wurden eingestellt."), "Wartezeiten");
        assertThat(s.speaker().mention()).isEqualTo("Kreisklinik Hallbrand");
    }

    @Test
    void aBareInstitutionNounSpeaksAModalLine() {
        Statement s = about(extract("Bahn: Reisende müssen mit Verspätungen rechnen", "Auf der Strecke wird gebaut."), "Verspätungen");
        assertThat(s.speaker().mention()).isEqualTo("Bahn");
    }

    @Test
    void anAdjectiveBeforeTheNounStaysInTheLabel() {
        Statement s = about(extract("Weißes Haus: Keine Sanktionen gegen Verbündete", "Die Entscheidung fiel am Abend."), "Sanktionen");
        assertThat(s.speaker().mention()).isEqualTo("Weißes Haus");
    }

    @Test
    void aNarratedEventBehindTheLabelSaysNothing() {
        assertThat(extract("Tierpark Wollbrück: Neues Affenhaus eröffnet", "Besucher können die Tiere ab sofort sehen.")).isEmpty();
    }

    @Test
    void aPersonActingBehindANamedInstitutionIsNewsAboutIt() {
        assertThat(extract("Stadttheater Wollbrück: Dirigentin geht nach Wien", "Ihr Vertrag endet im Sommer.")).isEmpty();
        Statement s = about(extract("Stadttheater Wollbrück: Spielzeit beginnt später", "Die Bühne wird saniert."), "Spielzeit");
        assertThat(s.speaker().mention()).isEqualTo("Stadttheater Wollbrück");
    }

    @Test
    void aPartOfATownNamesATopic() {
        assertThat(extract("Innenstadt: Parken wird teurer", "Der Rat hat neue Gebühren beschlossen.")).isEmpty();
    }

    @Test
    void aBareInstitutionNounSpeaksALineWithBleibenAndAnAdjectiveOrParticiple() {
        Statement s = about(extract("Bahn: Strecke nach Wollbrück bleibt bis Sonntag gesperrt", "Busse ersetzen die Züge."), "Strecke");
        assertThat(s.speaker().mention()).isEqualTo("Bahn");
        Statement fares = about(extract("Verkehrsbetriebe: Fahrpreise bleiben stabil", "Der Aufsichtsrat tagte am Montag."), "Fahrpreise");
        assertThat(fares.speaker().mention()).isEqualTo("Verkehrsbetriebe");
    }

    @Test
    void aLineThatDropsItsCopulaBeforeAVerdictIsSaid() {
        Statement s = about(extract("Kreisklinik: Sorge um Notaufnahme unbegründet", "Die Klinik sucht weitere Ärzte."), "Notaufnahme");
        assertThat(s.speaker().mention()).isEqualTo("Kreisklinik");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aFundOrAnAssociationOfTownsSpeaksAsAnInstitution() {
        assertThat(about(extract("Rentenkasse: Beiträge könnten 2028 steigen", "Der Vorstand legte Zahlen vor."), "Beiträge").speaker().mention())
                .isEqualTo("Rentenkasse");
        assertThat(about(extract("Städtetag: Schulen müssen saniert werden", "Es fehlen Milliarden."), "Schulen").speaker().mention())
                .isEqualTo("Städtetag");
    }

    @Test
    void aPlaceBeforeAVerblessLineWithAnAdjectiveSaysNothing() {
        assertThat(extract("Innenstadt: Parkplätze knapp", "Der Rat berät über ein Parkhaus.")).noneMatch(s -> s.sentenceText().contains("Parkplätze"));
    }

    @Test
    void aBareInstitutionNounSpeaksAClauseInThePresent() {
        Statement fees = about(extract("Krankenkassen: Zusatzbeitrag klettert auf Höchstwert", "Versicherte zahlen im Schnitt mehr."), "Zusatzbeitrag");
        assertThat(fees.speaker().mention()).isEqualTo("Krankenkassen");
        assertThat(fees.stance()).isEqualTo(Stance.CLAIM);
        Statement parking = about(extract("Rathaus: Gebühren für Anwohnerparken steigen", "Der Rat entscheidet im Mai."), "Anwohnerparken");
        assertThat(parking.speaker().mention()).isEqualTo("Rathaus");
    }

    @Test
    void aBareInstitutionNounSpeaksALineOfNouns() {
        Statement s = about(extract("Stadtwerke: Leitungen nach Unwetter wieder in Betrieb", "Einige Straßen bleiben gesperrt."), "Leitungen");
        assertThat(s.speaker().mention()).isEqualTo("Stadtwerke");
    }

    @Test
    void aBareInstitutionNounBeforeAQuestionNamesItsTopic() {
        assertThat(extract("Rathaus: Steigen die Gebühren für Anwohnerparken?", "Der Rat entscheidet im Mai.")).noneMatch(s -> s.sentenceText().contains("Anwohnerparken"));
        assertThat(extract("Schule: Wie Kinder im Herbst lesen lernen", "Ein Besuch in der dritten Klasse.")).noneMatch(s -> s.sentenceText().contains("lesen"));
    }
}
