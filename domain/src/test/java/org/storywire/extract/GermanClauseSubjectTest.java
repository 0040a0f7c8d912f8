package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subject of a German reporting verb read off the clause's order and the words' forms: what stands before
 * the finite verb, what stands right behind it, and whether a form is a verb at all. Every text is written for
 * this test.
 */
class GermanClauseSubjectTest {
    @Test
    void aPersonNamedAfterWhatIsSaidSpeaks() {
        String text = "Kritiker lobten vor allem das Bühnenbild als gelungen.";
        assertThat(about(extract(text), "Bühnenbild").speaker().mention()).isEqualTo("Kritiker");
        String female = "Die Regierungskritikerin warf dem Minister Wortbruch vor.";
        assertThat(about(extract(female), "Wortbruch").speaker().mention()).isEqualTo("Die Regierungskritikerin");
    }

    @Test
    void aPronounThatIsOnlyNominativeBehindTheVerbMakesTheOpeningPhraseAnObject() {
        String text = "Die Niederlage nannte er verdient.";
        assertThat(about(extract(text), "Niederlage").speaker().mention()).isEqualTo("er");
        String auxiliary = "Die Schließung des Werks hat er als Fehler kritisiert.";
        assertThat(about(extract(auxiliary), "Schließung").speaker().mention()).isEqualTo("er");
    }

    @Test
    void aReportOpeningTheClauseIsTheSourceNotTheObjectBehindTheVerb() {
        String text = "Der Jahresbericht nennt zudem Mängel bei der Wartung der Fähren.";
        assertThat(about(extract(text), "Mängel").speaker().mention()).isEqualTo("Der Jahresbericht");
        String study = "Die Umfrage ergab, dass die meisten Pendler mit dem Rad fahren.";
        assertThat(about(extract(study), "Pendler").speaker().mention()).isEqualTo("Die Umfrage");
    }

    @Test
    void theDeadAsObjectMakeADemandADisastersToll() {
        assertThat(extract("Zwölf Todesopfer forderte der Wirbelsturm, der am Montag über die Insel zog.")).isEmpty();
        assertThat(extract("Erinnert wurde an das Grubenunglück, das 1962 mehr als 80 Menschenleben forderte.")).isEmpty();
        // the dead inside a prepositional phrase leave the demand a demand
        String demand = "Die Angehörigen forderten eine Entschädigung für die zwölf Todesopfer.";
        assertThat(about(extract(demand), "Entschädigung").speaker().mention()).isEqualTo("Die Angehörigen");
    }

    @Test
    void grantingAPriorityOrARightAdmitsNothing() {
        assertThat(extract("Die Landesregierung räumt dem Ausbau der Netze hohe Priorität ein.")).isEmpty();
        assertThat(extract("Die Stadt hatte dem Verein im Frühjahr Nutzungsrechte eingeräumt.")).isEmpty();
        assertThat(about(extract("Der Minister räumte am Dienstag Fehler ein."), "Fehler").speaker().mention()).isEqualTo("Der Minister");
    }

    @Test
    void writingAWorkSaysNothing() {
        assertThat(extract("Der Komponist schrieb in jenem Sommer mehrere Lieder für den Film.")).isEmpty();
        assertThat(extract("Am Sonntag schrieb die Mannschaft aus Talheim Vereinsgeschichte.")).isEmpty();
        String said = "Die Ministerin schrieb in einem Brief, die Schule bleibe geöffnet.";
        assertThat(about(extract(said), "Schule").speaker().mention()).isEqualTo("Die Ministerin");
    }

    @Test
    void expellingSomeoneFromAPlaceRefersToNothing() {
        assertThat(extract("Die Behörden hatten die beiden Journalisten im Mai des Landes verwiesen.")).isEmpty();
        assertThat(about(extract("Der Sprecher verwies auf die angespannte Haushaltslage."), "Haushaltslage").speaker().mention())
                .isEqualTo("Der Sprecher");
    }

    @Test
    void suingAgainstSomethingIsNoComplaint() {
        assertThat(extract("Der Angelverein Seebrück klagt gegen die Genehmigung des Bootshafens.")).isEmpty();
        String complaint = "Der Angelverein Seebrück klagt über den Lärm am Bootshafen.";
        assertThat(about(extract(complaint), "Lärm").speaker().mention()).isEqualTo("Der Angelverein Seebrück");
    }

    @Test
    void aParticipleComparedWithByAlsOrWieReportsNoSpeech() {
        assertThat(extract("Anders als zunächst befürchtet muss die Fähre nach Kalmsund nicht eingestellt werden.")).isEmpty();
        assertThat(extract("Die Schäden am Deich sind geringer als bisher angenommen.")).isEmpty();
        // a subject or an agent between keeps the speaker
        String subject = "Wie die Reederei Holm mitteilte, fährt die Fähre wieder.";
        assertThat(about(extract(subject), "Fähre").speaker().mention()).isEqualTo("die Reederei Holm");
    }

    @Test
    void aClauseWhoseSubjectNamesNoOneReportsNoSpeech() {
        assertThat(extract("Die Überschwemmungen haben in der Provinz mehr als 40 Todesopfer gefordert.")).isEmpty();
        // a fronted object with its subject behind the verb, and a passive, still report
        String fronted = "Die Entscheidung kritisierte die Bürgermeisterin Ina Vogt am Montag als übereilt.";
        assertThat(about(extract(fronted), "Entscheidung").speaker().mention()).isEqualTo("die Bürgermeisterin Ina Vogt");
        String passive = "Die Entscheidung wurde vom Elternbeirat als übereilt kritisiert.";
        assertThat(about(extract(passive), "übereilt").speaker().mention()).isEqualTo("Elternbeirat");
    }

    @Test
    void aPassiveParticipleOpeningTheSentenceHasItsAgentBehindIt() {
        String text = "Gefordert wird von der Opposition ein Untersuchungsausschuss. Der Landrat lehnte das am Montag ab.";
        assertThat(about(extract(text), "Untersuchungsausschuss").speaker().mention()).isEqualTo("der Opposition");
        // without an agent it tells what was done, and the statements after it are still read
        List<Statement> found = extract("Erinnert wurde an die Opfer. Die Stadt kündigte an, eine Gedenkstätte zu bauen.");
        assertThat(found).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("Die Stadt"));
    }

    @Test
    void aParticipleBetweenAnArticleAndItsNounReportsNothing() {
        List<Statement> found = extract("Die zuletzt bekannte Adresse des Mannes lag in Kassel. Eine oft beklagte Lücke im Fahrplan wird geschlossen.");
        assertThat(found).isEmpty();
        // a sentence-initial "Das" is a pronoun before its verb
        String said = "Die Fähre fährt wieder. Das bestätigte Hafenmeister Kai Holm am Montag.";
        assertThat(about(extract(said), "Hafenmeister").speaker().mention()).isEqualTo("Hafenmeister Kai Holm");
    }

    @Test
    void aPronounThatIsOnlyNominativeBehindTheVerbIsItsSubjectWhateverStandsBefore() {
        String text = "Auf mehrfache Nachfrage der Zuhörer musste er betonen, dass die Messwerte unvollständig seien.";
        assertThat(about(extract(text), "Messwerte").speaker().mention()).isEqualTo("er");
        String particle = "Einer Klage vor dem Landgericht räumte er wenig Aussicht auf Erfolg ein.";
        assertThat(about(extract(particle), "Aussicht").speaker().mention()).isEqualTo("er");
    }

    @Test
    void aVerbRightBehindUndSharesTheMainClauseSubjectNotTheObjectBeforeIt() {
        String text = "Die Gewerkschaft wies die Pläne des Vorstands zurück und bezeichnete sie als Wortbruch.";
        assertThat(about(extract(text), "Wortbruch").speaker().mention()).isEqualTo("Die Gewerkschaft");
        String pronoun = "Nach dem Spiel gegen Lindau verließ er den Platz und kommentierte die Niederlage als verdient.";
        assertThat(about(extract(pronoun), "Niederlage").speaker().mention()).isEqualTo("er");
    }

    @Test
    void aReportingVerbRightAfterACommaWithNoSubjectOfItsOwnIsASecondStatementOfTheSameSubject() {
        // "confirmed the report, but stressed ...": two statements, two stances
        String text = "Werftchef Arvid Lensing bestätigte den Bericht, betonte aber, die Arbeiten an dem Dock liefen weiter.";
        List<Statement> statements = extract(text);
        assertThat(statements).hasSize(2);
        assertThat(GermanExtraction.content(statements.get(0), text)).isEqualTo("Werftchef Arvid Lensing bestätigte den Bericht");
        assertThat(statements.get(0).stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(GermanExtraction.content(statements.get(1), text)).isEqualTo("die Arbeiten an dem Dock liefen weiter");
        assertThat(statements.get(1).speaker().canonical()).isEqualTo("Arvid Lensing");
        // a relative clause's verb before the comma is not the main verb: one statement, the main verb's
        String relative = "Ein Beamter, den die Zeitung Nordkurier zitiert, sagte, die Arbeiten an dem Dock liefen weiter.";
        assertThat(extract(relative)).hasSize(1);
    }
}
