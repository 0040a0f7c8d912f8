package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who can speak, read off the form of the German clause: an abstract noun is never the speaker, and a
 * reporting verb in the passive has its agent as speaker, or none. Every text is written for this test.
 */
class GermanSpeakerFormTest {
    @Test
    void aNounPhraseWithItsAppositionBeforeTheVerbIsItsSubjectNotWhatWasSaid() {
        String text = "Die Fraktionschefin der Grünen im Landtag, Marta Kellner, warnte die Regierung vor einem Alleingang.";
        Statement s = about(extract(text), "Alleingang");
        assertThat(s.speaker().mention()).isEqualTo("Marta Kellner");
        assertThat(content(s, text)).contains("vor einem Alleingang");
        String body = "Auch der größte Versorger der Region, die Talwerke AG, meldete am Montag einen Rückgang der Gewinne.";
        assertThat(about(extract(body), "Rückgang").speaker().mention()).isEqualTo("die Talwerke AG");
    }

    @Test
    void anAbstractNounOpeningTheSentenceIsNoSpeaker() {
        String text = "Die Entscheidung kritisierte der Verbandschef Olaf Brenning als übereilt.";
        Statement s = about(extract(text), "Entscheidung");
        assertThat(s.speaker().mention()).isEqualTo("der Verbandschef Olaf Brenning");
    }

    @Test
    void aCueClosingARelativeClauseHasTheRelativePronounAsMentionStandingForItsAntecedent() {
        String text = "Neuer Trainer wird Jens Morlau, der bei seiner Vorstellung betonte, er wolle offensiver spielen lassen.";
        Statement s = about(extract(text), "offensiver");
        assertThat(s.speaker().mention()).isEqualTo("der");
        assertThat(s.speaker().canonical()).isEqualTo("Jens Morlau");

        String afterSo = "Der Streit dauere seit Jahren an, so Anwältin Petra Vogt, die auch angab, dass ihr Mandant bedroht worden sei.";
        assertThat(extract(afterSo)).filteredOn(x -> content(x, afterSo).contains("bedroht"))
                .singleElement().satisfies(x -> assertThat(x.speaker().mention()).isEqualTo("die"));

        // the relative clause goes on past the cue: the main clause's verb reports what follows
        String goesOn = "Die Geologin Ina Falk von der staatlichen Erdbebenwarte, die die Stärke des Bebens erst mit 4,2 angegeben und dann nach oben korrigiert hatte, sagte, dass weitere Nachbeben möglich seien.";
        assertThat(about(extract(goesOn), "Nachbeben").speaker().mention()).isNotEqualTo("die");

        // behind a preposition the phrase before the comma is no antecedent: the pronoun stands for one further back
        String behindPreposition = "Die Stadtverwaltung brachte eine Darstellung in Umlauf, die den Angaben der Helfer widerspricht. So sei die Brücke nie gesperrt gewesen.";
        assertThat(extract(behindPreposition)).noneMatch(x -> x.speaker() != null && "die".equals(x.speaker().mention()));

        // the clause has a subject of its own: the pronoun is the object
        String object = "Die Zahl, die Bürgermeister Udo Kranz am Montag nannte, sei zu niedrig, sagte die Polizei.";
        assertThat(extract(object)).noneMatch(x -> "die".equals(x.speaker() == null ? null : x.speaker().mention()));
    }

    @Test
    void theSubjectOfAWieClauseIsTheSourceWhateverItNames() {
        String study = "Wie eine Umfrage ergab, rauchen viele Schüler bereits mit zwölf Jahren.";
        assertThat(about(extract(study), "Schüler").speaker().mention()).isEqualTo("eine Umfrage");

        String site = "Wie „Netzblick“ berichtet, ist der erste Film zum neuen Spiel im Netz aufgetaucht.";
        assertThat(about(extract(site), "Spiel").speaker().mention()).startsWith("Netzblick");
    }

    @Test
    void anAcronymSpellingAnEnglishFunctionWordIsAName() {
        String text = "Die WHO teilte am Montag mit, das Risiko für Reisende sei gering.";
        assertThat(about(extract(text), "Reisende").speaker().mention()).isEqualTo("Die WHO");

        String wie = "Wie schon die WHO sagte, ist eine Ansteckung im Freibad unwahrscheinlich.";
        assertThat(about(extract(wie), "Freibad").speaker().mention()).isEqualTo("die WHO");
    }

    @Test
    void anInstitutionEndingLikeAnAbstractNounStillSpeaks() {
        String text = "Die Opposition kündigte an, die Brücke im Herbst zu sperren.";
        Statement s = about(extract(text), "Brücke");
        assertThat(s.speaker().mention()).isEqualTo("Die Opposition");
    }

    @Test
    void aPassiveReportingVerbHasItsAgentAsSpeaker() {
        String text = "Die Pläne wurden vom Mieterverein Talheim als unsozial kritisiert.";
        Statement s = about(extract(text), "unsozial");
        assertThat(s.speaker().mention()).isEqualTo("Mieterverein Talheim");
    }

    @Test
    void aPassiveWithoutAgentOrSaidClauseIsNoStatement() {
        List<Statement> found = extract("Außerdem wurde eine bessere Ausstattung der Schulen gefordert. Die Zahl der Verletzten wurde nicht bestätigt.");
        assertThat(found).isEmpty();
    }

    @Test
    void aStatalPassiveWithoutAgentIsNoStatement() {
        assertThat(extract("Weitere Proteste sind für Montag angekündigt. Ein Einsatz von Soldaten ist jedoch ausgeschlossen.")).isEmpty();
        // "sein" before a participle that does not close its clause is no auxiliary of it
        assertThat(extract("Die Ministerin ist seit Montag in Talheim und kritisiert die Pläne als unsozial.")).hasSize(1);
    }

    @Test
    void aParticipleFrontedBeforeSeinIsAStatalPassiveWithoutSpeaker() {
        assertThat(extract("Die Molkerei Brandt soll verkauft werden. Offiziell bestätigt ist das noch nicht.")).noneMatch(s -> s.sentenceText().contains("bestätigt"));
    }

    @Test
    void aPassiveReadInAReportHasTheReportAsSource() {
        String text = "Die Lage im Norden wird im Bericht als kritisch bezeichnet.";
        Statement s = about(extract(text), "kritisch");
        assertThat(s.speaker().mention()).isEqualTo("Bericht");
    }

    @Test
    void aQuotedPersonIsTheSpeakerOfThePassiveCitation() {
        String text = "Der Bürgermeister Paul Kestner wird mit den Worten zitiert, die Stadt habe kein Geld mehr.";
        Statement s = about(extract(text), "kein Geld");
        assertThat(s.speaker().mention()).contains("Paul Kestner");
    }

    @Test
    void derBeforeAFeminineNounIsNoSubject() {
        String text = "Die Mieter protestierten am Montag und warfen der Regierung vor, die Pläne verschwiegen zu haben.";
        Statement s = about(extract(text), "verschwiegen");
        assertThat(s.speaker().mention()).isEqualTo("Die Mieter");
    }

    @Test
    void theNameOpeningTheSentenceSpeaksThroughItsApposition() {
        String text = "Jonas Wendler, der Leiter der Feuerwache, bezeichnete die Übung als gelungen.";
        Statement s = about(extract(text), "gelungen");
        assertThat(s.speaker().mention()).isEqualTo("Jonas Wendler");
    }

    @Test
    void aPlaceFrontedBeforeHeisstEsIsTheSource() {
        String text = "In der Mitteilung des Tierschutzvereins heißt es, die Tiere seien gut versorgt.";
        Statement s = about(extract(text), "versorgt");
        assertThat(s.speaker().mention()).isEqualTo("der Mitteilung des Tierschutzvereins");
    }

    @Test
    void theCircleAfterHiessEsMayFollowATime() {
        String text = "Der Minister wolle zurücktreten, hieß es am Dienstag aus dem Umfeld der Landesregierung.";
        Statement s = about(extract(text), "zurücktreten");
        assertThat(s.speaker().mention()).isEqualTo("dem Umfeld");
    }

    @Test
    void aCompoundWhoseFirstPartIsWrittenInLowerCaseIsANounAndItsAuthorIsThatPart() {
        String so = "Die Streiks sollen über Ostern ruhen, so kvb-Sprecher Timo Hallstein.";
        assertThat(about(extract(so), "Ostern").speaker().canonical()).isEqualTo("Timo Hallstein");
        String report = "Der Sender kwp-Nord berichtete, die Lage in der Stadt sei ruhig.";
        assertThat(about(extract(report), "ruhig").speaker().mention()).isEqualTo("Der Sender kwp-Nord");
        String marker = "Laut einer kwp-Meldung ist die Fähre wieder frei.";
        assertThat(about(extract(marker), "Fähre").speaker().canonical()).isEqualTo("kwp");
        String capitals = "Laut einem KWP-Bericht ist die Fähre wieder frei.";
        assertThat(about(extract(capitals), "Fähre").speaker().canonical()).as("no hyphen left on the author").isEqualTo("KWP");
    }
}
