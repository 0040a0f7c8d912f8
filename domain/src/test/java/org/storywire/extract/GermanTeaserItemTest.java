package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German front-page items as feeds deliver them: a headline and a sentence of teaser. What the product should take
 * from the headline: who speaks (a label before the colon, the subject of a cue, the name signing a quotation) and
 * with which stance. Every item, person and body is invented for this test.
 */
class GermanTeaserItemTest {
    @Test
    void aQuotationOfSmallWordsBehindANameAndRoleIsSaidNotAName() {
        Statement s = about(extract("Parteichefin Ollmert: „Das ist ein Skandal“", "Die Fraktion verlangt Aufklärung."), "Skandal");
        assertThat(s.speaker().canonical()).contains("Ollmert");
        Statement topic = about(extract("SPÖ-Chef Wimmer über die Koalition: „Die Partei ist am Ende“", "Neuwahlen gelten als wahrscheinlich."), "am Ende");
        assertThat(topic.speaker().canonical()).contains("Wimmer");
    }

    @Test
    void aPartyLabelOfCapitalsSpeaks() {
        Statement s = about(extract("SPD: Mietpreisbremse muss verlängert werden", "Die Fraktion im Landtag legte am Dienstag einen Antrag vor."),
                "Mietpreisbremse");
        assertThat(s.speaker().mention()).isEqualTo("SPD");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aLabelOfCapitalsSpeaksALineOfDemandForecastOrKonjunktiv() {
        Statement forecast = about(extract("VKB: Strompreise werden weiter steigen", "Der Verband rechnet mit höheren Kosten im Winter."), "Strompreise");
        assertThat(forecast.speaker().mention()).isEqualTo("VKB");
        Statement judged = about(extract("LVG: Rente mit 70 wäre ungerecht", "Die Gewerkschaft legte ein Gutachten vor."), "Rente");
        assertThat(judged.speaker().mention()).isEqualTo("LVG");
    }

    @Test
    void aLabelOfCapitalsBeforeANarratedEventOrAQuestionIsATopic() {
        assertThat(extract("WM: Deutschland schlägt Spanien", "Die Mannschaft gewann am Abend mit zwei zu eins."))
                .noneMatch(s -> s.sentenceText().contains("Spanien"));
        assertThat(extract("KI: Was Chatbots heute können", "Ein Überblick über die neuen Modelle."))
                .noneMatch(s -> s.sentenceText().contains("Chatbots"));
        assertThat(extract("EM: Schweden gewinnt Auftakt gegen Polen", "Das Turnier begann am Freitag."))
                .noneMatch(s -> s.sentenceText().contains("Schweden"));
    }

    @Test
    void aLabelNamingTheItemsGenreIsNoSpeaker() {
        assertThat(extract("Interview: „Wir haben zu lange gewartet“", "Über den Ausbau der Kitas im Kreis."))
                .noneMatch(s -> s.speaker() != null && s.speaker().mention().equals("Interview"));
        assertThat(extract("Liveblog: „Die Lage bleibt angespannt“", "Alle Entwicklungen zum Hochwasser im Überblick."))
                .noneMatch(s -> s.speaker() != null && s.speaker().mention().equals("Liveblog"));
        assertThat(extract("Kommentar: „Das ist ein schwarzer Tag“", "Der Stadtrat hat die Schließung des Bades beschlossen."))
                .noneMatch(s -> s.speaker() != null && s.speaker().mention().equals("Kommentar"));
    }

    @Test
    void aLabelNamingTheItemsGenreSpeaksNoLineInTheFirstPerson() {
        assertThat(extract("Interview: Wir müssen die Schulen sanieren", "Über den Zustand der Gebäude im Kreis."))
                .noneMatch(s -> s.speaker() != null && s.speaker().mention().equals("Interview"));
    }

    @Test
    void aLabelNamingAPersonOrABodyBeforeAQuotationStillSpeaks() {
        Statement person = about(extract("Ministerin: „Wir haben zu lange gewartet“", "Der Ausbau der Kitas stockt seit Jahren."), "gewartet");
        assertThat(person.speaker().mention()).isEqualTo("Ministerin");
        Statement body = about(extract("Feuerwehr: „Die Lage bleibt angespannt“", "Der Pegel stieg in der Nacht weiter."), "angespannt");
        assertThat(body.speaker().mention()).isEqualTo("Feuerwehr");
        Statement association = about(extract("Verband: „Wir klagen gegen das Gesetz“", "Der Bundestag hatte es im Mai beschlossen."), "klagen");
        assertThat(association.speaker().mention()).isEqualTo("Verband");
    }

    @Test
    void aTitleThatIsOnlyAQuotedSentenceIsSaidByTheTeasersSubject() {
        Statement s = about(extract("„Das war ein Fehler“", "Die Ministerin räumt Versäumnisse bei der Vergabe ein und kündigt eine Prüfung an."),
                "Fehler");
        assertThat(s.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
        assertThat(s.speaker().mention()).isEqualTo("Die Ministerin");
        Statement union = about(extract("„Wir bleiben hart“", "Gewerkschaftschef Kolbe droht mit weiteren Streiks im Nahverkehr."), "hart");
        assertThat(union.speaker().canonical()).contains("Kolbe");
    }

    @Test
    void aQuotedTitleWithoutAVerbStaysAName() {
        assertThat(extract("„Die Blechtrommel“", "Das Stadttheater zeigt den Roman als Bühnenstück."))
                .noneMatch(s -> s.sentenceText().contains("Blechtrommel"));
        assertThat(extract("„Tatort“", "Die Kommissarin Lena Brandt ermittelt in Lübeck."))
                .noneMatch(s -> s.sentenceText().contains("Tatort"));
    }

    @Test
    void aGenreLabelsQuotationIsSaidByTheTeasersSubject() {
        Statement s = about(extract("Interview: „Wir haben zu lange gewartet“", "Die Bürgermeisterin Anna Wendt spricht über den Ausbau der Kitas."),
                "gewartet");
        assertThat(s.speaker().canonical()).contains("Wendt");
    }

    @Test
    void aLabelOfCapitalsNamingAPlaceSaysNothing() {
        assertThat(extract("NRW: Sturm deckt Dächer ab", "In Teilen des Landes fiel am Abend der Strom aus."))
                .noneMatch(s -> s.sentenceText().contains("Sturm"));
        assertThat(extract("USA: Sturm deckt Dächer ab", "In Teilen des Landes fiel am Abend der Strom aus."))
                .noneMatch(s -> s.sentenceText().contains("Sturm"));
    }

    @Test
    void aLabelNamingAnAssociationOrChamberSpeaks() {
        Statement association = about(extract("Bäckerverband: Brötchen werden teurer", "Die Mehlpreise sind seit dem Frühjahr gestiegen."), "Brötchen");
        assertThat(association.speaker().mention()).isEqualTo("Bäckerverband");
        Statement chamber = about(extract("Zahnärztekammer: Praxen am Limit", "Viele Patienten warten Monate auf einen Termin."), "Praxen");
        assertThat(chamber.speaker().mention()).isEqualTo("Zahnärztekammer");
    }

    @Test
    void aLabelWithItsPartyInParenthesesSpeaks() {
        Statement s = about(extract("Berger (CDU): Windpark kommt nicht", "Der Kreistag hatte das Projekt im Frühjahr abgelehnt."), "Windpark");
        assertThat(s.speaker().mention()).isEqualTo("Berger");
    }

    @Test
    void aLineInTheFirstPersonIsTheLabelsWhateverTheLabel() {
        Statement s = about(extract("Haller: Ich habe nichts falsch gemacht", "Der Bürgermeister wehrt sich gegen die Vorwürfe."), "nichts falsch");
        assertThat(s.speaker().mention()).isEqualTo("Haller");
        Statement body = about(extract("Verband: Wir klagen gegen das Gesetz", "Der Bundestag hatte es im Mai beschlossen."), "klagen");
        assertThat(body.speaker().mention()).isEqualTo("Verband");
    }

    @Test
    void aLabelAfterAQuestionInTheHeadlineSpeaks() {
        Statement s = about(extract("Fahrverbote vom Tisch? Senator Jansen: Keine Pläne für Verbote", "Die Luftwerte haben sich verbessert."), "Keine Pläne");
        assertThat(s.speaker().canonical()).isEqualTo("Jansen");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aQuotationBeforeAColonIsTheSubjectsBehindIt() {
        Statement s = about(extract("„Ich habe einen Fehler gemacht“: Bürgermeister Haller entschuldigt sich", "Der Stadtrat hatte Aufklärung gefordert."),
                "Fehler gemacht");
        assertThat(s.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
        assertThat(s.speaker().mention()).isEqualTo("Bürgermeister Haller");
    }

    @Test
    void aQuotedSentenceOfSmallWordsOpeningAHeadlineIsNoNameWhenAColonOrDashSignsIt() {
        Statement dash = about(extract("„Das ist ein Schlag gegen die Lehrer“ – Gewerkschaft kritisiert Sparpläne", "Das Land will 400 Stellen streichen."),
                "Schlag gegen");
        assertThat(dash.speaker().mention()).isEqualTo("Gewerkschaft");
        Statement colon = about(extract("„Das ist ein Schlag gegen die Lehrer“: Gewerkschaft kritisiert Sparpläne", "Das Land will 400 Stellen streichen."),
                "Schlag gegen");
        assertThat(colon.speaker().mention()).isEqualTo("Gewerkschaft");
    }

    @Test
    void aQuotedNameJoinedToACompoundStaysAName() {
        assertThat(extract("„Der Bau der Kathedrale“-Autorin liest in Kiel", "Die Lesung beginnt um acht Uhr."))
                .noneMatch(s -> s.attribution() == Attribution.DIRECT_QUOTE);
    }

    @Test
    void theNameSigningAQuotationEndsBeforeItsTopic() {
        Statement s = about(extract("„Das ist ein schwarzer Tag“ – Betriebsrat zu Werksschließung", "Der Konzern will das Werk bis Jahresende schließen."),
                "schwarzer Tag");
        assertThat(s.speaker().mention()).isEqualTo("Betriebsrat");
    }

    @Test
    void theNameSigningAQuotationMayStandBeforeTheOccasion() {
        Statement s = about(extract("„Wir haben uns nie aufgegeben“ – Torhüterin Lanz nach dem Pokalfinale", "Die Frauen des FC Welden siegten im Elfmeterschießen."),
                "aufgegeben");
        assertThat(s.speaker().mention()).isEqualTo("Torhüterin Lanz");
        assertThat(extract("„Die Blechtrommel“ – Lesung im Rathaus", "Der Eintritt ist frei.")).isEmpty();
    }

    @Test
    void aCueBehindAHeadlinesDashTakesItsSubjectBehindTheDash() {
        Statement s = about(extract("Trainer Roth bleibt – Verein dementiert Berichte über Entlassung", "Der Vorstand stellte sich hinter den Coach."),
                "dementiert");
        assertThat(s.speaker().mention()).isEqualTo("Verein");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
        Statement second = about(extract("Streit eskaliert – Landrat Berger warnt vor Klagewelle", "Der Kreis sieht den Naturschutz verletzt."), "warnt");
        assertThat(second.speaker().canonical()).contains("Berger");
    }

    @Test
    void headlineFormsThatAlreadySpeak() {
        Statement denial = about(extract("Kerbach weist Bericht über Werksschließung zurück", "Der Zulieferer hat einen Zeitungsbericht zurückgewiesen."),
                "Werksschließung");
        assertThat(denial.stance()).isEqualTo(Stance.DENIAL);
        assertThat(denial.speaker().mention()).isEqualTo("Kerbach");
        Statement rumour = about(extract("Bericht: Bürgermeister soll Spenden angenommen haben", "Es geht um Zahlungen eines Bauunternehmers."), "Spenden");
        assertThat(rumour.attribution()).isEqualTo(Attribution.REPORTED);
        Statement none = about(extract("Kein Kommentar von Holmsand zu Entlassungen", "Die Reederei steckt seit Monaten in der Krise."), "Kommentar");
        assertThat(none.stance()).isEqualTo(Stance.NO_COMMENT);
        Statement confirmed = about(extract("Ministerium bestätigt Datenleck", "Betroffen sind Daten von Meldebehörden."), "Datenleck");
        assertThat(confirmed.stance()).isEqualTo(Stance.CONFIRMATION);
        Statement self = about(extract("Ex-Minister Brandt will von nichts gewusst haben", "Im Ausschuss sagte der frühere Bauminister aus."), "gewusst");
        assertThat(self.speaker().canonical()).isEqualTo("Brandt");
        Statement laut = about(extract("Laut Polizei keine Hinweise auf Anschlag", "Nach dem Brand in einer Lagerhalle ermittelt die Kripo."), "Anschlag");
        assertThat(laut.speaker().canonical()).isEqualTo("Polizei");
        Statement plans = about(extract("Ministerium: Keine Pläne für Fahrverbote", "Die Luftwerte haben sich verbessert."), "Fahrverbote");
        assertThat(plans.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aLabelEndingInANounOfAnOrganisationSpeaks() {
        Statement s = about(extract("Autokonzern: Keine Kündigungen geplant", "Der Absatz war im Sommer eingebrochen."), "Kündigungen");
        assertThat(s.speaker().mention()).isEqualTo("Autokonzern");
        assertThat(extract("Sandbank: Frachter läuft vor Kielsund auf Grund", "Die Besatzung blieb unverletzt."))
                .noneMatch(x -> x.sentenceText().contains("Frachter"));
    }

    @Test
    void aStudyOrAPollAsALabelReportsWhatFollows() {
        Statement study = about(extract("Studie: Jeder Dritte schläft zu wenig", "Befragt wurden 2000 Erwachsene."), "schläft");
        assertThat(study.attribution()).isEqualTo(Attribution.REPORTED);
        Statement poll = about(extract("Umfrage: Mehrheit für Tempolimit", "Knapp 60 Prozent der Befragten sind dafür."), "Mehrheit");
        assertThat(poll.attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(extract("Analyse: Warum die Koalition wackelt", "Die Partner streiten seit Wochen.")).isEmpty();
    }

    @Test
    void aLeagueOrAnAdviceCentreSpeaksAsABodyAndANamedSurveyReports() {
        Statement centre = about(extract("Verbraucherzentrale: Viele Handyverträge sind unwirksam", "Kunden sollten ihre Verträge prüfen."), "Handyverträge");
        assertThat(centre.speaker().mention()).isEqualTo("Verbraucherzentrale");
        Statement league = about(extract("Steuerzahlerbund: Neues Rathaus in Wellingen viel zu teuer geplant", "Die Kosten hätten sich verdoppelt."), "Rathaus");
        assertThat(league.speaker().mention()).isEqualTo("Steuerzahlerbund");
        Statement survey = about(extract("Konjunkturbarometer: Stimmung im Handwerk trübt sich ein", "Viele Betriebe klagen über hohe Kosten."), "Handwerk");
        assertThat(survey.attribution()).isEqualTo(Attribution.REPORTED);
    }

    @Test
    void aTitleAskingWhatWasSaidBehindALabelSaysNothing() {
        assertThat(extract("Im Wortlaut: Was der Bürgermeister zur Haushaltslage sagte", "Die Rede dokumentieren wir hier.")).isEmpty();
    }

    @Test
    void makingPlainBeforeAColonSpeaks() {
        Statement s = about(extract("Senatorin Wolff stellt klar: Kita-Gebühren steigen nicht", "Die Behörde prüft die Zahlen."), "Kita-Gebühren");
        assertThat(s.speaker().canonical()).contains("Wolff");
    }

    @Test
    void theFireBrigadeAndTheWeatherServiceSpeakAsBodies() {
        Statement fire = about(extract("Feuerwehr: Brand unter Kontrolle", "Die Löscharbeiten dauern an."), "Kontrolle");
        assertThat(fire.speaker().mention()).isEqualTo("Feuerwehr");
        Statement weather = about(extract("Wetterdienst: Sturm zieht nach Osten", "Die Böen erreichen Orkanstärke."), "Sturm");
        assertThat(weather.speaker().mention()).isEqualTo("Wetterdienst");
    }

    @Test
    void aRowOfResultsBehindAPartyIsNoStatement() {
        String results = "Die Wahl in Talheim brachte klare Ergebnisse.\n\nBürgerpartei: 31,2 % 14 Sitze\n\nABU: 12,5 % 4 Sitze";
        assertThat(extract("Wahl in Talheim", results)).noneMatch(s -> s.sentenceText().contains("Sitze"));
    }

    @Test
    void aTitleAskingWhatSomeoneSaysSaysNothing() {
        assertThat(extract("Was Ministerin Vogt zur Schulreform sagt", "Ein Überblick über die Pläne.")).isEmpty();
        Statement source = about(extract("Wie der Sender berichtet, schließt das Werk", "Die Belegschaft wurde am Morgen informiert."), "Werk");
        assertThat(source.speaker().mention()).isEqualTo("der Sender");
    }

    @Test
    void aVerblessDementiDeniesForItsSource() {
        Statement s = about(extract("Dementi vom Vorstand zu Verkaufsplänen", "Die Reederei steckt seit Monaten in der Krise."), "Dementi");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
        assertThat(s.speaker().mention()).isEqualTo("Vorstand");
    }

    @Test
    void aQuestionHeadlineSaysNothing() {
        List<Statement> all = extract("Kommt das Tempolimit doch?", "Im Verkehrsministerium wird über neue Regeln beraten.");
        assertThat(all).noneMatch(s -> s.sentenceText().contains("Tempolimit"));
    }
}
