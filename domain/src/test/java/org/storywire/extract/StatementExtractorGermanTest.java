package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.PUBLISHED;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.said;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;

/** German patterns, each with sentences written for this test. */
class StatementExtractorGermanTest {
    @Test
    void aParticleListedCloseToItsVerbMayStandBehindAShortAdverbial() {
        String text = "Der Präsident sprach trotz der Proteste von einer fairen Abstimmung.";
        Statement s = about(extract(text), "Abstimmung");
        assertThat(s.cue()).isEqualTo("sprach von");
        assertThat(s.speaker().mention()).isEqualTo("Der Präsident");

        // a comma ends the verb's clause: the "von" behind it is no particle of the verb
        String comma = "Der Präsident sprach lange, von den Protesten war keine Rede.";
        assertThat(extract(comma)).isEmpty();
    }

    @Test
    void theSubjectBeforeTheAuxiliaryOutweighsALongObject() {
        Statement s = about(extract("Die Sprecherin des Bündnisses, Renate Quandt, hat einen Bericht über einen Baustopp "
                + "mit der Union für Stadt und Land zurückgewiesen."), "Baustopp");
        assertThat(s.speaker().canonical()).isEqualTo("Renate Quandt");
    }

    @Test
    void werBestaetigenKannBestaetigt() {
        List<Statement> statements = extract("„Wir können bestätigen, dass die Gespräche laufen“, sagte ein Sprecher der Stadt. "
                + "„Wir können das nicht bestätigen“, sagte die Sprecherin des Verbands.");
        assertThat(about(statements, "Gespräche laufen").stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(about(statements, "das nicht").stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void aBracketedPointerToAnEarlierReportIsNoStatement() {
        List<Statement> statements = extract("Die Stadt Kollmerau hatte den Hafen im März geschlossen (der Kurier berichtete). "
                + "Bürgermeister Jan Ohm sagte am Freitag, der Hafen bleibe bis zum Herbst zu.");
        assertThat(statements).extracting(Statement::cue).doesNotContain("berichtete");
        assertThat(about(statements, "Herbst").speaker().canonical()).isEqualTo("Jan Ohm");
    }

    @Test
    void aBracketedPointerClosedByAFullStopIsNoStatement() {
        List<Statement> statements = extract("Die Stadt Kollmerau hatte den Hafen im März geschlossen. (Der Kurier berichtete.) "
                + "Bürgermeister Jan Ohm sagte am Freitag, der Hafen bleibe bis zum Herbst zu.");
        assertThat(statements).extracting(Statement::cue).doesNotContain("berichtete");
    }

    @Test
    void soWithAVerbOutsideTheLexiconAttributesTheQuotation() {
        String text = "Der neue Hafenchef gilt als streng. „Gegenüber seinen Leuten ist er eine eiserne Hand“, so beschrieb ihn der Gewerkschafter Bernd Aubin. "
                + "Die Lage war ernst, so dass die Schule schloss.";
        List<Statement> statements = extract(text);
        Statement s = about(statements, "eiserne Hand");
        assertThat(content(s, text)).isEqualTo("„Gegenüber seinen Leuten ist er eine eiserne Hand“");
        assertThat(s.speaker().mention()).contains("Bernd Aubin");
        assertThat(statements).noneMatch(x -> x.sentenceText().contains("Schule"));
    }

    @Test
    void directQuoteWithTheSpeakerAfterTheVerb() {
        String text = "„Wir werden den Hafen im Herbst öffnen“, sagte Hafensprecherin Jana Albers.";
        Statement s = about(extract(text), "Hafen");
        assertThat(s.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
        assertThat(content(s, text)).isEqualTo("„Wir werden den Hafen im Herbst öffnen“");
        assertThat(s.speaker().canonical()).isEqualTo("Jana Albers");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.proposition().modality()).isEqualTo(Modality.INTENTION);
    }

    @Test
    void colonQuoteOverTwoSentencesAndAPronounSpeakerLater() {
        String text = "Bürgermeisterin Petra Kühn teilte mit: „Die Brücke ist sicher. Wir prüfen sie jedes Jahr.“ "
                + "Sie fügte hinzu, der Verkehr werde am Montag wieder fließen.";
        List<Statement> statements = extract(text);
        Statement quote = about(statements, "Die Brücke ist sicher");
        assertThat(content(quote, text)).startsWith("„Die Brücke").endsWith("jedes Jahr.“");
        assertThat(quote.speaker().canonical()).isEqualTo("Petra Kühn");
        Statement later = about(statements, "Verkehr");
        assertThat(later.speaker().mention()).isEqualTo("Sie");
        assertThat(later.speaker().canonical()).isEqualTo("Petra Kühn");
    }

    @Test
    void indirectSpeechInKonjunktivAndItsRunOnSentences() {
        String text = "Der Bahnchef Tom Berger erklärte, der neue Fahrplan gelte ab Juni. "
                + "Zudem sei die Strecke nach Kiel bereits saniert. Die Preise blieben stabil.";
        List<Statement> statements = extract(text);
        Statement first = about(statements, "Fahrplan");
        assertThat(first.attribution()).isEqualTo(Attribution.INDIRECT_SPEECH);
        assertThat(content(first, text)).isEqualTo("der neue Fahrplan gelte ab Juni");
        assertThat(first.speaker().canonical()).isEqualTo("Tom Berger");
        Statement runOn = about(statements, "Zudem sei");
        assertThat(runOn.speaker().canonical()).isEqualTo("Tom Berger");
        assertThat(statements).noneMatch(s -> s.sentenceText().contains("Die Preise blieben"));
    }

    @Test
    void reportedSpeechWithLautZufolgeNachAngabenAndUnterBerufungAuf() {
        String text = "Laut der Zeitung „Nordkurier“ soll der Landrat zurücktreten. "
                + "Dem Bericht zufolge fehlen im Haushalt Millionen. "
                + "Nach Angaben der Polizei wurde niemand verletzt. "
                + "Wie der Sender Radio Nord unter Berufung auf Insider berichtet, soll der Landrat schon gepackt haben.";
        List<Statement> statements = extract(text);
        assertThat(about(statements, "zurücktreten").speaker().mention()).contains("Nordkurier");
        assertThat(about(statements, "zurücktreten").attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(about(statements, "Haushalt").speaker().mention()).isEqualTo("Dem Bericht");
        assertThat(about(statements, "verletzt").speaker().mention()).contains("Polizei");
        Statement citing = about(statements, "gepackt");
        assertThat(citing.speaker().mention()).contains("Radio Nord");
        assertThat(content(citing, text)).startsWith("soll der Landrat");
    }

    @Test
    void rumourWithSollHabenGoesToTheLastNamedSource() {
        String text = "Wie die Zeitung „Tagesecho“ berichtet, hat der Verein einen neuen Trainer. "
                + "Der Präsident soll den Vertrag schon unterschrieben haben. "
                + "Demnach hätten sich beide Seiten rasch geeinigt.";
        List<Statement> statements = extract(text);
        assertThat(about(statements, "unterschrieben").speaker().canonical()).contains("Tagesecho");
        Statement demnach = about(statements, "Demnach");
        assertThat(demnach.speaker().canonical()).contains("Tagesecho");
        assertThat(demnach.speaker().mention()).isEqualTo("Demnach");
    }

    @Test
    void speakersThroughRoleNounsAppositionsAndPlaces() {
        String text = "Bundeskanzler Olaf Scholz kündigte an, er werde nach Paris reisen. "
                + "„Wir reden zur richtigen Zeit“, sagte der SPD-Politiker. "
                + "Später sagte der Kanzler, er freue sich darauf. "
                + "Dmitri Peskow, Sprecher des Kremls, wies den Bericht zurück. "
                + "Moskau dementierte dies ebenfalls.";
        List<Statement> statements = extract(text);
        assertThat(about(statements, "richtigen Zeit").speaker().canonical()).isEqualTo("Olaf Scholz");
        assertThat(about(statements, "richtigen Zeit").speaker().mention()).isEqualTo("der SPD-Politiker");
        assertThat(about(statements, "freue sich").speaker().canonical()).isEqualTo("Olaf Scholz");
        Statement peskow = about(statements, "Bericht zurück");
        assertThat(peskow.speaker().canonical()).isEqualTo("Dmitri Peskow");
        assertThat(peskow.speaker().affiliation()).isEqualTo("Kreml");
        Statement moscow = about(statements, "Moskau dementierte");
        assertThat(moscow.speaker().canonical()).isEqualTo("Kreml");
        assertThat(moscow.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aliasesAreLearntFromAppositionsNotFromAList() {
        String text = "Vereinssprecherin Mira Olsen sagte, das Stadion sei ausverkauft. "
                + "Die Vereinssprecherin sagte außerdem, es gebe keine Tickets mehr.";
        List<Statement> statements = extract(text);
        assertThat(about(statements, "Tickets").speaker().canonical()).isEqualTo("Mira Olsen");
    }

    @Test
    void spokespersonSpeaksForThePrincipal() {
        String text = "Müllers Sprecher Jonas Falk wollte den Bericht auf Anfrage nicht bestätigen.";
        Statement s = about(extract(text), "Bericht");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(s.speaker().canonical()).isEqualTo("Jonas Falk");
        assertThat(s.speaker().affiliation()).isEqualTo("Müller");
    }

    @Test
    void denialByVerbAndByContent() {
        String text = "Die Reederei wies den Bericht als unwahr zurück. "
                + "„Es gab kein Treffen“, erklärte der Reeder Hans Lund. "
                + "Lund betonte, die Angaben seien reine Fiktion. "
                + "Die Behörde bestritt die Vorwürfe.";
        List<Statement> statements = extract(text);
        assertThat(about(statements, "als unwahr").stance()).isEqualTo(Stance.DENIAL);
        assertThat(about(statements, "kein Treffen").stance()).isEqualTo(Stance.DENIAL);
        assertThat(about(statements, "Fiktion").stance()).isEqualTo(Stance.DENIAL);
        assertThat(about(statements, "Vorwürfe").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void rejectingADemandIsNotADenial() {
        String text = "Die Gewerkschaft wies die Forderung der Arbeitgeber nach längeren Schichten zurück.";
        assertThat(about(extract(text), "Forderung").stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void denyingPlansDeniesThatTheyExistRejectingThemRefusesThem() {
        assertThat(about(extract("Konzern dementiert Pläne für Werksschließung", "Die Velden AG äußerte sich am Montag."), "dementiert").stance())
                .isEqualTo(Stance.DENIAL);
        assertThat(about(extract("Der Betriebsrat wies die Pläne des Vorstands für längere Schichten zurück."), "Pläne").stance())
                .isEqualTo(Stance.CLAIM);
    }

    @Test
    void aDenialHoldsOverWhatTheSpeakerSaysAfterItNotOverWhatCameBefore() {
        String before = "„Die Helfer haben Großartiges geleistet“, sagte Innenministerin Vera Holmsted am Montag. "
                + "Die Kritik an ihrem Krisenmanagement wies Holmsted zurück.";
        List<Statement> praise = extract(before);
        assertThat(about(praise, "Kritik").stance()).isEqualTo(Stance.DENIAL);
        assertThat(about(praise, "Großartiges").stance()).as("the praise is a proposition of its own").isEqualTo(Stance.CLAIM);

        String after = "Innenministerin Vera Holmsted wies Berichte über eine Schließung der Wache zurück. "
                + "„Die Wache bleibt offen“, sagte Holmsted am Montag.";
        assertThat(about(extract(after), "bleibt offen").stance()).as("the claim after the denial explains it").isEqualTo(Stance.DENIAL);
    }

    @Test
    void noCommentAndConfirmation() {
        String text = "Der Konzern nahm dazu keine Stellung. "
                + "Ein Sprecher der Stadt bestätigte den Unfall. "
                + "Die Ministerin sagte, sie kommentiere laufende Verfahren nicht.";
        List<Statement> statements = extract(text);
        assertThat(about(statements, "Stellung").stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(about(statements, "bestätigte").stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(about(statements, "Verfahren").stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void nestedQuotesStayInsideTheOuterQuote() {
        String text = "„Er nannte das ‚völligen Unsinn‘, und dabei bleibt es“, sagte die Trainerin Eva Brandt.";
        List<Statement> statements = extract(text);
        assertThat(statements).hasSize(1);
        assertThat(content(statements.get(0), text)).isEqualTo("„Er nannte das ‚völligen Unsinn‘, und dabei bleibt es“");
    }

    @Test
    void headlineWithAColonQuote() {
        String text = "Albers: „Der Hafen öffnet im Herbst“\n\nHafensprecherin Jana Albers äußerte sich zuversichtlich.";
        Statement s = about(extract(text), "Der Hafen öffnet");
        assertThat(s.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
        assertThat(s.speaker().canonical()).isEqualTo("Jana Albers");
    }

    @Test
    void aQuotedNameIsNoQuotation() {
        String text = "Das Orchester spielte im „Großen Saal“ vor vollem Haus.";
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void aFrontedAdverbialClauseIsNoSaidPart() {
        String text = "Nachdem die Wahl zweimal verschoben worden war, forderte die Opposition den Rücktritt des Innenministers.";
        Statement s = about(extract(text), "Rücktritt");
        assertThat(content(s, text)).contains("Rücktritt des Innenministers");
        assertThat(s.speaker().mention()).isEqualTo("die Opposition");
        String said = "Die Wahl werde verschoben, sagte der Innenminister am Montag.";
        assertThat(content(about(extract(said), "Wahl"), said)).isEqualTo("Die Wahl werde verschoben");
    }

    @Test
    void aForeignTermInQuotesIsNoQuotation() {
        String narrated = "Die Ministerin eröffnete am Montag die Ausstellung „Terra nova viva“ im Rathaus.";
        assertThat(extract(narrated)).isEmpty();
        // a capitalised word after a foreign function word is no German noun after its attribute
        assertThat(extract("Der Vorsitzende eröffnete den Parteitag der „Partij voor de Vrede“ in Utrecht.")).isEmpty();
        String inside = "Die Ärztin sagte, der Erreger „Varella nodosa“ sei für Menschen harmlos.";
        assertThat(extract(inside)).singleElement().satisfies(s -> assertThat(content(s, inside)).startsWith("der Erreger"));
    }

    @Test
    void aGermanPhraseInQuotesTheDictionaryDoesNotKnowIsStillSaid() {
        String text = "Die Ärztin sagte, der Erreger sei ein „bildungsferner Wahlkampfschreck“ und harmlos.";
        assertThat(said(extract(text), text)).contains("„bildungsferner Wahlkampfschreck“");
    }

    @Test
    void statementTimeComesFromTheTextElseFromPublication() {
        String text = "Am Mittwoch hatte der Minister Karl Brandt noch erklärt, er plane keine Reise. "
                + "Im Juni sagte Brandt, er werde verhandeln. "
                + "Brandt sagte, die Lage sei ernst.";
        List<Statement> statements = extract(text);
        Statement wednesday = about(statements, "Am Mittwoch");
        assertThat(wednesday.madeAt()).isEqualTo(Instant.parse("2023-05-09T22:00:00Z"));
        assertThat(wednesday.madeAtPrecision()).isEqualTo(TimePrecision.DAY);
        assertThat(wednesday.proposition().timeExpression()).isEqualTo("Am Mittwoch");
        assertThat(about(statements, "Im Juni").madeAt()).isEqualTo(Instant.parse("2022-05-31T22:00:00Z"));
        assertThat(about(statements, "Lage").madeAt()).isEqualTo(PUBLISHED);
    }

    @Test
    void aWeekBackDatesTheRecalledStatementBeforeWhatTheArticleReportsNew() {
        // published Friday 12 May 2023: "vergangene Woche" points seven days back, so the recalled denial folds before
        // the confirmation the article reports
        String text = "Die Reederei Holmquist hat das Datenleck eingeräumt. "
                + "Vergangene Woche hatte der Konzern noch bestritten, dass Daten abgeflossen seien.";
        Statement denied = about(extract(text), "abgeflossen");
        assertThat(denied.madeAt()).isEqualTo(Instant.parse("2023-05-04T22:00:00Z"));
        assertThat(denied.proposition().timeExpression()).isEqualTo("Vergangene Woche");
    }

    @Test
    void propositionNamesActorsEventAndModality() {
        String text = "Kanzler Olaf Scholz und Präsident Emmanuel Macron telefonierten am Montag. "
                + "Macron sagte, er habe mit Scholz über Energie telefoniert.";
        Statement s = about(extract(text), "über Energie");
        assertThat(s.proposition().actors()).contains("Olaf Scholz");
        assertThat(s.proposition().event()).isEqualTo("phone-call");
        assertThat(s.proposition().modality()).isEqualTo(Modality.PAST_EVENT);
        assertThat(s.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void konjunktivIGoesOnWithTheSpeakerOfAStatementTwoSentencesBack() {
        String text = "Die Stadtwerke Lindau erklärten, der Strompreis steige im Herbst. "
                + "Im Sommer hatte es lange nicht geregnet. "
                + "Die Wasserkraft liefere deshalb weniger als geplant.";
        Statement s = about(extract(text), "Wasserkraft");
        assertThat(s.attribution()).isEqualTo(Attribution.INDIRECT_SPEECH);
        assertThat(s.speaker().canonical()).contains("Stadtwerke Lindau");
    }

    @Test
    void aKonjunktivClauseAfterAMainClauseIsWhatItsSubjectSaidWhateverTheVerb() {
        String text = "Das Wetter war kühl. Die Bürgerinitiative Seeufer vertrat den Standpunkt, der Steg sei zu kurz geplant.";
        List<Statement> statements = extract(text);
        Statement s = about(statements, "Steg");
        assertThat(content(s, text)).isEqualTo("der Steg sei zu kurz geplant");
        assertThat(s.speaker().mention()).isEqualTo("Die Bürgerinitiative Seeufer");
        // "Wenn ..., sei ...": a Konjunktiv after a subordinate clause reports nothing of its subject
        assertThat(extract("Wenn der Pegel fällt, sei der Steg wieder frei.")).isEmpty();
    }

    @Test
    void anAdverbCapitalisedAtTheStartOfTheSentenceIsNoSpeaker() {
        String text = "Insgesamt sprach die Polizei von vierzig Festnahmen in der Innenstadt.";
        Statement s = about(extract(text), "Festnahmen");
        assertThat(s.speaker().mention()).isEqualTo("die Polizei");
    }

    @Test
    void aCueThatEndsItsSentenceStopsNoExtraction() {
        // found by the fuzz test: the phrase after a sentence-final cue was looked up past the sentence's end
        List<String> failures = new java.util.ArrayList<>();
        StatementExtractor extractor = new StatementExtractor((id, error) -> failures.add(id + ": " + error));
        extractor.extract(new CleanArticle("a", "outlet", null, null, "„“ sagte ", "de", null, null));
        extractor.extract(new CleanArticle("b", "outlet", null, null, "Das sei falsch, sagte", "de", null, null));
        assertThat(failures).isEmpty();
    }

    @Test
    void aDayInsideWhatWasSaidIsNotTheStatementsDay() {
        Statement s = about(extract("Am Mittwoch sei das Lager getroffen worden, sagte Armeesprecher Karl Brandt."), "Lager");
        assertThat(s.madeAt()).isEqualTo(PUBLISHED);
    }
}
