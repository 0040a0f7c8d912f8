package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * What a German statement's content says decides a denial whatever verb reports it: a report called false, something
 * reported that will not happen, "keine Rede"; but a negative opinion denies nothing. Admitting confirms; "in Abrede
 * stellen" denies. Every text is written for this test.
 */
class GermanStanceContentTest {

    private static Stance stanceOf(String text, String words) {
        return about(extract(text), words).stance();
    }

    @Test
    void aReportCalledFalseIsDenied() {
        assertThat(stanceOf("Die Meldungen über eine Insolvenz seien falsch, sagte der Geschäftsführer.", "Insolvenz")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Die Sprecherin bezeichnete die Vorwürfe der Mieter als unzutreffend.", "Mieter")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("„Das ist schlicht unwahr“, sagte der Kapitän.", "unwahr")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Von einer Absprache könne keine Rede sein, sagte die Landrätin.", "Absprache")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aCompoundReportOrAFearCalledGroundlessIsDenied() {
        assertThat(stanceOf("Zeitungsberichte über einen Verkauf der Werft seien falsch, sagte die Sprecherin.", "Werft")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Die Anschuldigungen der Nachbarn seien „grundlos“, sagte der Imker.", "Nachbarn")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Die Sorge der Anwohner sei unbegründet, erklärte der Betriebsleiter.", "Anwohner")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Die Kündigung des Hausmeisters sei grundlos erfolgt, sagte die Anwältin.", "Hausmeisters")).isEqualTo(Stance.CLAIM);
    }

    @Test
    void anAccusationCalledAbsurdOrWhatWasSaidCalledNonsenseIsDenied() {
        assertThat(stanceOf("Die Vorwürfe seien absurd, sagte ein Sprecher der Klinik.", "Vorwürfe")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Ein Sprecher nannte die Anschuldigungen völlig abwegig.", "Anschuldigungen")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("„Das ist Quatsch“, sagte die Trainerin über die Gerüchte.", "Quatsch")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aLinkOrAPartSaidNotToExistIsDenied() {
        assertThat(stanceOf("Es bestehe kein Zusammenhang zwischen dem Update und den Ausfällen, sagte ein Sprecher.", "Update")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Mit dem Brand habe der Verein nichts zu tun, sagte der Vorsitzende.", "Brand")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Er habe im Sommer viel zu tun gehabt, sagte der Vorsitzende.", "Sommer")).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aNamingVerbsVerdictOnAReportDeniesItButOnAPlanJudgesIt() {
        assertThat(stanceOf("Die Zeitung schrieb von Absprachen. Eine Sprecherin der Stadt nannte die Vorwürfe „absurd“.", "Sprecherin")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Der Kreis will die Buslinie streichen. Der Ortsrat nannte die Pläne „absurd“.", "Ortsrat")).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aNamingVerbsVerdictThatCallsWhatWasSaidUntrueOrASmearDeniesIt() {
        assertThat(stanceOf("Die Mieter klagen über Schimmel. Der Vermieter nannte die Vorwürfe „unseriös“.", "Vermieter")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Der Verband warnt vor Engpässen. Die Kasse hält die Zahlen für überzeichnet.", "Kasse")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Der Trainer soll vor dem Aus stehen. Der Manager sprach von „reiner Fantasie“.", "Manager")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Die Anklage wirft ihm Betrug vor. Seine Anwältin sprach von „haltlosen Anschuldigungen“.", "Anwältin")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Ein Blog meldete einen Verkauf. Die Reederei bezeichnete die Meldung als völlig aus der Luft gegriffen.", "Reederei")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Angeblich soll die Fähre eingestellt werden. Der Bürgermeister nannte das „Unsinn“.", "Bürgermeister")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Der Verband wirft der Senatorin Untätigkeit vor. Die Senatorin nannte die Kritik ‚unredlich‘.", "unredlich")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aNamingVerbsVerdictOnAPlanOrAVerdictWithMoreWordsStaysAClaim() {
        assertThat(stanceOf("Der Kreis will die Buslinie streichen. Der Ortsrat nannte die Pläne „Unsinn“.", "Ortsrat")).isEqualTo(Stance.CLAIM);
        assertThat(stanceOf("Der Kreis will die Buslinie streichen. Der Ortsrat hält die Kürzung für übertrieben.", "Ortsrat")).isEqualTo(Stance.CLAIM);
        assertThat(stanceOf("Die Stadt baut ein Museum. Die Kuratorin sprach von einer großen Erfindung.", "Kuratorin")).isEqualTo(Stance.CLAIM);
    }

    @Test
    void rejectingCallsToResignDeniesButRejectingADemandIsAPosition() {
        assertThat(stanceOf("Der Landrat wies alle Rücktrittsforderungen der Kreistagsfraktionen zurück.", "Landrat")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Der Landrat wies die Forderung der Kreistagsfraktionen zurück.", "Landrat")).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aSuspicionOrAnAccusationCalledUnjustifiedAfterItsTopicIsDenied() {
        assertThat(stanceOf("Der Verdacht der Steuerfahnder gegen den Bäckermeister sei unbegründet, sagte sein Anwalt.", "Bäckermeister")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Die Vorwürfe der früheren Mitarbeiterinnen gegen die Chorleiterin seien „völlig unberechtigt“, sagte sie.", "Chorleiterin"))
                .isEqualTo(Stance.DENIAL);
    }

    @Test
    void whatWillNotHappenIsDenied() {
        assertThat(stanceOf("„Eine Fusion mit Harlo wird es nicht geben“, sagte die Vorständin.", "Fusion")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Es werde keine Schließung der Filiale geben, erklärte der Bankdirektor.", "Filiale")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aPlanOrEvidenceSaidNotToExistIsDenied() {
        assertThat(stanceOf("Eine Schließung der Bücherei sei nicht vorgesehen, sagte die Kulturdezernentin.", "Bücherei")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Der Vorstand sagte, es seien keine Entlassungen in Pinnau geplant.", "Pinnau")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Die Ermittler hätten keine Hinweise auf einen Anschlag auf das Depot, sagte der Sprecher.", "Depot"))
                .isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("Kein Problem, das Fest laufe wie geplant, sagte der Veranstalter.", "Fest")).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aHeadlineSayingNoPlanOrEvidenceIsDenied() {
        java.util.List<Statement> plan = extract("Bürgermeisterin Wiebold: Keine Gebührenerhöhung geplant", "Der Haushalt steht.");
        assertThat(about(plan, "Gebührenerhöhung").stance()).isEqualTo(Stance.DENIAL);
        java.util.List<Statement> evidence = extract("Feuerwehr: Keine Hinweise auf Brandstiftung", "Das Feuer brach nachts aus.");
        assertThat(about(evidence, "Brandstiftung").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aNegativeOpinionDeniesNothing() {
        assertThat(stanceOf("Der Bürgermeister sagte, es gebe keine schnelle Lösung für die Parkplatznot.", "Parkplatznot")).isEqualTo(Stance.CLAIM);
        assertThat(stanceOf("Es gebe keinen Grund zur Sorge, sagte die Ärztin.", "Sorge")).isEqualTo(Stance.CLAIM);
        assertThat(stanceOf("Die Politik des Senats sei falsch, sagte der Oppositionsführer.", "Senats")).isEqualTo(Stance.CLAIM);
        assertThat(stanceOf("Der Minister sagte, die Mieten würden nicht weiter steigen.", "Mieten")).isEqualTo(Stance.CLAIM);
    }

    @Test
    void admittingConfirmsAndPuttingInDoubtDenies() {
        assertThat(stanceOf("Die Reederei räumte ein, dass zwei Container verloren gingen.", "Container")).isEqualTo(Stance.CONFIRMATION);
        assertThat(stanceOf("Der Kassenwart gab zu, die Belege vernichtet zu haben.", "Belege")).isEqualTo(Stance.CONFIRMATION);
        assertThat(extract("Der Kassenwart gab zu bedenken, dass die Belege fehlen.")).noneMatch(s -> s.stance() == Stance.CONFIRMATION);
        assertThat(stanceOf("Der Verband stellte in Abrede, dass Gelder verschwunden seien.", "Gelder")).isEqualTo(Stance.DENIAL);
    }
}
