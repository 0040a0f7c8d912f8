package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short forms of German news as feeds deliver them (a headline and one to three sentences),
 * and the German subject and reported-speech rules they lean on. Every text is written for this test.
 */
class GermanShortNewsTest {
    @Test
    void aHeadlineLabelWithARoleOrOrganisationSaysTheLineAfterTheColon() {
        String text = "Kerbach-Chef: Keine Stellen in Gefahr\nDer Vorstand von Kerbach hat am Montag getagt.";
        Statement s = about(extract(text), "Keine Stellen");
        assertThat(content(s, text)).isEqualTo("Keine Stellen in Gefahr");
        assertThat(s.speaker().mention()).isEqualTo("Kerbach-Chef");
        assertThat(s.attribution()).isEqualTo(Attribution.INDIRECT_SPEECH);

        String police = "Polizei: Täter war bewaffnet\nIn Lindau ist am Abend eine Tankstelle überfallen worden.";
        Statement p = about(extract(police), "Täter war bewaffnet");
        assertThat(p.speaker().canonical()).isEqualTo("Polizei");

        String named = "Bürgermeisterin Ana Roth: Hafen bleibt offen";
        assertThat(about(extract(named), "Hafen bleibt").speaker().canonical()).isEqualTo("Ana Roth");
    }

    @Test
    void aFrontedDasStandsForTheSentenceBeforeAndTheNameBehindTheVerbSpeaks() {
        for (String subject : List.of("Ute Berger", "Wirtschaftsministerin Ute Berger", "Berger")) {
            String text = "Das Land wird der Werft keine Kredite gewähren. Das sagte " + subject + " am Mittwoch in Kiel.";
            Statement s = about(extract(text), "Kredite");
            assertThat(content(s, text)).isEqualTo("Das Land wird der Werft keine Kredite gewähren");
            assertThat(s.speaker()).as(subject).isNotNull();
            assertThat(s.speaker().canonical()).endsWith("Berger");
        }
    }

    @Test
    void aPhraseWithARelativeClauseBeforeAKonjunktivIsItsSubjectNotASpeaker() {
        String text = "„Es gibt keine Einigung“, sagte ein Sprecher der Gewerkschaft. "
                + "Das Papier, das am Wochenende bekannt geworden war, sei ein alter Entwurf.";
        Statement s = about(extract(text), "alter Entwurf");
        assertThat(s.speaker().canonical()).isEqualTo("Sprecher");
        assertThat(content(s, text)).startsWith("Das Papier");
        // a main clause with its own verb before the comma still reports
        String reported = "Die Gewerkschaft blieb bei ihrer Darstellung, das Papier sei ein alter Entwurf.";
        assertThat(about(extract(reported), "alter Entwurf").speaker().canonical()).isEqualTo("Gewerkschaft");
    }

    @Test
    void aRelativeClauseAfterTheCueIsNotWhatWasSaid() {
        String text = "Fast jeder Dritte fühlt sich einsam. Das geht aus einer Studie des Instituts hervor, die am Montag erschien.";
        Statement s = about(extract(text), "Studie");
        assertThat(content(s, text)).isEqualTo("Fast jeder Dritte fühlt sich einsam");
        // an article with its noun after the comma opens what was said
        String said = "Der Sprecher des Werks erklärte am Montag, die Produktion laufe weiter.";
        assertThat(content(about(extract(said), "Produktion"), said)).isEqualTo("die Produktion laufe weiter");
    }

    @Test
    void aRoleWithItsOwnBodyIsSomeoneNewNotTheLastSpeaker() {
        String text = "Ein Sprecher des Konzerns Vantel sagte am Montag, die Lage sei ernst. "
                + "Die Chefin der Gewerkschaft Verdi hat die Pläne als unsozial kritisiert. Der Verband kommunaler Arbeitgeber wies dies zurück.";
        List<Statement> statements = extract(text);
        assertThat(about(statements, "Chefin").speaker().canonical()).isEqualTo("Chefin");
        assertThat(about(statements, "Chefin").stance()).isEqualTo(Stance.CLAIM);
        assertThat(about(statements, "Verband").speaker().mention()).isEqualTo("Der Verband");
    }

    @Test
    void aPlaceOrABodySentenceBeforeAColonSaysNothing() {
        assertThat(extract("Velgrad: Erdbeben erschüttert die Küste\nEin Beben der Stärke 6 hat die Küste erschüttert."))
                .noneMatch(s -> s.sentenceText().contains("Erdbeben erschüttert"));
        // inside running text a label with a colon is a protocol or list entry, not a headline
        assertThat(extract("Die Sitzung begann um neun. Bürgermeisterin Ana Roth: anwesend, Bericht folgt."))
                .noneMatch(s -> s.sentenceText().contains("Bericht folgt"));
    }

    @Test
    void aHeadlineColonQuoteInEitherQuotationMarks() {
        for (String text : List.of("Ministerin Vogt: „Wir prüfen das“", "Ministerin Vogt: \"Wir prüfen das\"")) {
            Statement s = about(extract(text + "\nDie Ministerin will den Antrag genau ansehen."), "prüfen");
            assertThat(s.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
            assertThat(s.speaker().canonical()).isEqualTo("Vogt");
        }
    }

    @Test
    void headlineDenialsAndConfirmations() {
        List<Statement> denial = extract("Konzern dementiert Bericht über Übernahme\nDer Konzern Halvor aus Lindau bleibt eigenständig.");
        assertThat(about(denial, "dementiert").stance()).isEqualTo(Stance.DENIAL);
        assertThat(about(denial, "dementiert").speaker().mention()).isEqualTo("Konzern");
        List<Statement> confirmation = extract("Regierung bestätigt Gespräche\nEin Termin steht noch nicht fest.");
        assertThat(about(confirmation, "bestätigt").stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(about(confirmation, "bestätigt").speaker().canonical()).isEqualTo("Regierung");
    }

    @Test
    void theNounPhraseBeforeThePerfectAuxiliaryIsTheSubjectNotTheObjectAfterIt() {
        String text = "Die Regierung in Velgrad hat Gespräche mit der Opposition bestätigt.";
        Statement s = about(extract(text), "Gespräche");
        assertThat(s.stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(s.speaker().mention()).isEqualTo("Die Regierung");
    }

    @Test
    void aTeaserThatOpensInKonjunktivIReportsAnUnnamedSource() {
        String text = "Streik bei der Bahn\nDer Minister sei bereit, mit der Gewerkschaft zu sprechen. Eine Einigung gebe es aber noch nicht.";
        List<Statement> statements = extract(text);
        Statement first = about(statements, "sei bereit");
        assertThat(first.attribution()).isEqualTo(Attribution.ANONYMOUS_SOURCES);
        assertThat(first.speaker()).isNull();
        assertThat(about(statements, "Einigung").attribution()).isEqualTo(Attribution.ANONYMOUS_SOURCES);
        // a Konjunktiv I inside a subordinate clause opening the sentence reports nothing
        assertThat(extract("Wenn der Zug komme, beginne die Fahrt.\nDie Bahn fährt.")).isEmpty();
    }

    @Test
    void aTeaserWithWieDieZeitungBerichtetGoesOnInKonjunktiv() {
        String text = "Hafen wird verkauft\nWie die Zeitung berichtet, will die Stadt Kollmerau ihren Hafen verkaufen. Der Preis liege bei zwei Millionen Euro.";
        List<Statement> statements = extract(text);
        assertThat(about(statements, "will die Stadt").speaker().canonical()).isEqualTo("Zeitung");
        assertThat(about(statements, "Der Preis liege").speaker().canonical()).isEqualTo("Zeitung");
    }

    @Test
    void aNounWithNoNominativeReadingIsNoSubject() {
        // "Tälern" is dative only: it cannot be the subject of "gemeldet"
        List<Statement> statements = extract("Am Abend wurden auch in entlegenen Tälern neue Schäden gemeldet.");
        assertThat(statements).allMatch(s -> s.speaker() == null || !s.speaker().mention().contains("Tälern"));
    }

    @Test
    void nachAngabenNamesTheSourceAsTheEntity() {
        String text = "Nach Angaben der Polizei trug der Mann ein Messer.";
        Statement s = about(extract(text), "Messer");
        assertThat(s.speaker().mention()).isEqualTo("Angaben der Polizei");
        assertThat(s.speaker().canonical()).isEqualTo("Polizei");
    }

    @Test
    void wuerdenContinuesReportedSpeechUnlessAConditionMakesItAConditional() {
        String text = "Der Polizeisprecher Jan Ohm sagte, die Täter seien jung. Sie würden sich per Telefon verabreden. "
                + "Falls es regnet, würden die Spiele ausfallen.";
        List<Statement> statements = extract(text);
        assertThat(about(statements, "per Telefon").speaker().canonical()).isEqualTo("Jan Ohm");
        assertThat(statements).noneMatch(s -> s.sentenceText().contains("Spiele ausfallen"));
    }

    @Test
    void aHeadlineLabelledAsAReportIsReportedByNobodyNamed() {
        Statement s = about(extract("Bericht: Reederei Holmsand plant Verkauf der Werft", "Die Werft in Kielsund beschäftigt 800 Menschen."), "Verkauf");
        assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
        assertThat(extract("Kielsund: Reederei Holmsand plant Verkauf der Werft", "Die Werft beschäftigt 800 Menschen.")).isEmpty();
    }
}
