package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Free indirect speech: a German main clause whose finite verb is a distinctive Konjunktiv I reports what
 * someone said, with no cue and no statement just before it. Every text is written for this test.
 */
class GermanFreeIndirectTest {
    /** A statement, then narration long enough that no run-on from it reaches the last paragraph. */
    private static final String BEFORE = "Der Bürgermeister sagte, die Brücke werde im Mai gesperrt.\n\n"
            + "Am Montag schien die Sonne. Viele Familien gingen am Fluss spazieren. Der Wochenmarkt öffnete um acht Uhr.\n\n";

    @Test
    void aKonjunktivMainClauseIsReportedSpeechOfThePreviousSentencesSubject() {
        String text = BEFORE + "Der Sportverein plant ein neues Vereinsheim. Die Finanzierung sei bereits gesichert.";
        Statement s = about(extract(text), "Finanzierung");
        assertThat(content(s, text)).isEqualTo("Die Finanzierung sei bereits gesichert");
        assertThat(s.speaker().mention()).isEqualTo("Der Sportverein");
    }

    @Test
    void aKonjunktivSentenceAfterASentenceOpenedByAnotherSpeakerGoesOnWithThatSpeaker() {
        String text = "Ministerin Eva Lorenz sagte, die Schule werde im Sommer saniert. Elternsprecher Jan Hoff besuchte die Schule am Dienstag. "
                + "Dort fehle es an Geld für die Turnhalle.";
        assertThat(about(extract(text), "Turnhalle").speaker().mention()).isEqualTo("Elternsprecher Jan Hoff");

        // a sentence opened by a thing names no one new: the speaker before goes on
        String thing = "Ministerin Eva Lorenz sagte, die Schule werde im Sommer saniert. Die Proteste gingen am Abend weiter. "
                + "Dort fehle es an Geld für die Turnhalle.";
        assertThat(about(extract(thing), "Turnhalle").speaker().canonical()).isEqualTo("Eva Lorenz");

        // right after the statement, the same speaker goes on
        String next = "Ministerin Eva Lorenz sagte, die Schule werde im Sommer saniert. Es fehle aber an Geld für die Turnhalle.";
        assertThat(about(extract(next), "Turnhalle").speaker().canonical()).isEqualTo("Eva Lorenz");
    }

    @Test
    void reportedSpeechGoingOnOverSentencesIsOneStatement() {
        String text = "Der Sprecher der Stadtwerke erklärte, die Leitung werde bis Freitag repariert. "
                + "Die Arbeiten seien fast abgeschlossen. Für die Anwohner bestehe keine Gefahr.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(2);
        assertThat(content(about(found, "Arbeiten"), text)).isEqualTo("Die Arbeiten seien fast abgeschlossen. Für die Anwohner bestehe keine Gefahr");
        assertThat(about(found, "Arbeiten").speaker().mention()).startsWith("Der Sprecher");

        // a new speaker in between opens a statement of its own
        String other = "Der Sprecher der Stadtwerke erklärte, die Leitung werde bis Freitag repariert. "
                + "Die Arbeiten seien fast abgeschlossen. Die Feuerwehr warnte hingegen vor Glätte. Die Straße sei gesperrt.";
        assertThat(extract(other)).anyMatch(s -> content(s, other).equals("Die Arbeiten seien fast abgeschlossen"));
    }

    @Test
    void aMainClauseWithSollenRightAfterAStatementGoesOnWithIt() {
        String text = "Der Bürgermeister sagte, die Brücke werde im Mai gesperrt. Die Umleitung soll über die Nordstraße führen.";
        assertThat(about(extract(text), "Umleitung").speaker().mention()).isEqualTo("Der Bürgermeister");

        // with no statement right before it, the plan is the outlet's own news
        String alone = BEFORE + "Die Umleitung soll über die Nordstraße führen.";
        assertThat(extract(alone)).noneMatch(s -> s.sentenceText().contains("Umleitung"));
    }

    @Test
    void theDictionaryKnowsKonjunktivFormsNoListHas() {
        String text = BEFORE + "Die Stadtwerke erweitern ihr Netz. Der Bedarf an Ladesäulen bestehe vor allem in den Außenbezirken.";
        Statement s = about(extract(text), "Ladesäulen");
        assertThat(content(s, text)).startsWith("Der Bedarf an Ladesäulen bestehe");
    }

    @Test
    void withNoOneBeforeItTheSpeakerIsLeftUnnamed() {
        String text = BEFORE + "Die Finanzierung des Vereinsheims sei bereits gesichert.";
        Statement s = about(extract(text), "Finanzierung");
        assertThat(s.speaker()).isNull();
        assertThat(s.attribution()).isEqualTo(Attribution.ANONYMOUS_SOURCES);
    }

    @Test
    void aFirstPersonIndicativeOfTheSameFormIsNoReportedSpeech() {
        String text = BEFORE + "Folglich lehne ich den Neubau der Halle ab.";
        List<Statement> found = extract(text);
        assertThat(found).noneMatch(s -> s.sentenceText().contains("Neubau"));
    }

    @Test
    void anAdverbInEIsNoKonjunktiv() {
        String text = "Der Bürgermeister sagte, die Brücke werde im Mai gesperrt. Das Rathaus liegt nahe dem Marktplatz.";
        assertThat(extract(text)).noneMatch(s -> s.sentenceText().contains("Rathaus"));
    }

    @Test
    void aKonjunktivAfterASubordinateClauseIsNoReportedSpeech() {
        String text = BEFORE + "Wenn die Halle fertig sei, komme der Verein zurück.";
        assertThat(extract(text)).noneMatch(s -> s.sentenceText().contains("Halle"));
    }

    @Test
    void aKonjunktivBehindAVorfeldWithAParenthesis() {
        String text = BEFORE + "Die Fraktionen (Grüne und Liberale) werde geschlossen gegen den Haushalt stimmen.";
        assertThat(content(about(extract(text), "Fraktionen"), text)).isEqualTo("Die Fraktionen (Grüne und Liberale) werde geschlossen gegen den Haushalt stimmen");
    }

    @Test
    void aKonjunktivBehindAVorfeldWithARelativeClause() {
        String text = BEFORE + "Die Verletzten, von denen einige schwer verbrannt seien, seien in drei Kliniken gebracht worden.";
        assertThat(about(extract(text), "Verletzten").sentenceText()).startsWith("Die Verletzten, von denen");
    }

    @Test
    void aKonjunktivBehindALongVorfeld() {
        String text = BEFORE + "Vor allem der Süden und Osten des Landkreises seien von dem Sturm betroffen.";
        assertThat(content(about(extract(text), "Landkreises"), text)).isEqualTo("Vor allem der Süden und Osten des Landkreises seien von dem Sturm betroffen");
    }

    @Test
    void aKonjunktivInsideASubordinateClauseOfTheVorfeldIsNoReportedSpeech() {
        String text = BEFORE + "In dem Augenblick als der Zug bremse, sprang die Tür auf.";
        assertThat(extract(text).stream().filter(x -> x.sentenceText().contains("Zug"))).isEmpty();
    }

    @Test
    void aTeaserOpeningOnAPersonGivesItsKonjunktivToThatPerson() {
        String text = "Trainerin Mia Kolbe ist vor dem Pokalspiel zuversichtlich. Ihre Mannschaft sei in guter Form.";
        Statement s = about(extract(text), "guter Form");
        assertThat(s.speaker().canonical()).isEqualTo("Mia Kolbe");

        String unnamed = "Die Ministerin sei zum Rücktritt bereit.";
        assertThat(about(extract(unnamed), "Rücktritt").speaker()).isNull();
    }
}
