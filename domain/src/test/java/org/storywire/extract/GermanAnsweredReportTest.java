package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A German statement that negates what it says denies a report, rumour or suspicion named next to it; with none near,
 * a negative is an opinion or a forecast. Every item, person and body is invented for this test.
 */
class GermanAnsweredReportTest {
    @Test
    void aNegatedHeadlineAnsweringTheTeasersRumoursDenies() {
        Statement s = about(extract("Bäckereikette Hollwein: „Wir schließen keine Filialen“",
                "Die Geschäftsführerin reagierte auf Gerüchte über ein Sanierungsverfahren."), "Filialen");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aNegatedQuotationAfterAReportDenies() {
        Statement s = about(extract("Die Zeitung hatte über einen Verkauf der Brauerei berichtet. Diesen Berichten widersprach die Inhaberin."
                + " „Die Brauerei bleibt in Familienhand und wird nicht verkauft“, sagte sie."), "Familienhand");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
        Statement suspicion = about(extract("Torwart Emde steht im Verdacht, Spiele manipuliert zu haben. Er habe nie Geld angenommen, sagte Emde."),
                "Geld");
        assertThat(suspicion.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aNegativeLaterInTheTeaserAnswersTheHeadlinesReport() {
        Statement s = about(extract("Segelverein weist Bericht über Schulden zurück",
                "Der Yachtclub Lorsee sei solide aufgestellt, teilte der Vorstand mit. Der Hafenbetrieb sei nicht gefährdet."), "Hafenbetrieb");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aNegativeAnsweringAFearDenies() {
        Statement s = about(extract("Befürchtungen der Eltern in Kranzbach",
                "Die Beiträge für den Hort würden nicht steigen, sagte die Trägerin."), "Hort");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aNegatedHeadlineAnsweringAWarningOrDemandPutAboutBeforeDenies() {
        Statement warned = about(extract("Brauerei Kessling: Keine Kündigungen in Altdorf",
                "Der Betrieb laufe trotz der Absatzflaute weiter. Zuvor hatte der Betriebsrat vor einem Stellenabbau gewarnt."), "Kündigungen");
        assertThat(warned.stance()).isEqualTo(Stance.DENIAL);
        Statement demanded = about(extract("Landrätin Ebert: Kein neues Gutachten zur Deponie",
                "Die Bürgerinitiative hatte eine zweite Prüfung gefordert."), "Gutachten");
        assertThat(demanded.stance()).isEqualTo(Stance.DENIAL);
        Statement narrated = about(extract("Landrätin Ebert: Kein neues Gutachten zur Deponie",
                "Die Bürgerinitiative hatte im Mai eine zweite Prüfung beantragt."), "Gutachten");
        assertThat(narrated.stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aNegativeWithNoReportNearIsAClaim() {
        Statement s = about(extract("Trainerin Ostrop: „Wir steigen nicht ab“", "Die Mannschaft hat drei Spiele in Folge gewonnen."), "steigen");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        Statement only = about(extract("Nach Berichten über Staus sagte der Polizeisprecher, es seien nicht nur Pendler betroffen."), "Pendler");
        assertThat(only.stance()).isEqualTo(Stance.CLAIM);
        Statement engaging = about(extract("Die Zeitung berichtet über einen Umzug der Reederei Falk. „An Spekulationen über einen Umzug beteiligen wir uns nicht“, sagte ein Sprecher."),
                "Spekulationen");
        assertThat(engaging.stance()).isNotEqualTo(Stance.DENIAL);
    }

    @Test
    void aNegatedHeadlineAnswersAReportTheTeasersSecondSentenceNames() {
        Statement s = about(extract("Reederei Falkenholm: Keine Entlassungen in Kranzbach",
                "Das sagte Geschäftsführer Tilo Brandes vor der Belegschaft. Zuvor hatte es Berichte über einen Stellenabbau gegeben."),
                "Keine Entlassungen");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aReportTheSecondSentenceRejectsItselfLeavesTheNegatedHeadlineAClaim() {
        Statement s = about(extract("Sprecherin: Bürgermeisterin fährt nicht zur Messe nach Lyon",
                "Terminliche Gründe hätten den Ausschlag gegeben, sagte Sprecherin Ina Vollmer. Gerüchte über einen Streit wies sie zurück."),
                "Messe");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }
}
