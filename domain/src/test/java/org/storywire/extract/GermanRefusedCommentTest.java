package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Declining to comment in German body text with a verb that is no verb of saying: a comment refused or not given, a
 * question left unanswered, a speaker not to be reached for a statement ({@link RefusedComment}); a verb of saying
 * refused in its zu-infinitive or under "weder ... noch" ({@code VerbCue}). Every text is written for this test.
 */
class GermanRefusedCommentTest {

    private static void declinedBy(String text, String words, String speaker) {
        Statement s = about(extract(text), words);
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(s.speaker().mention()).contains(speaker);
    }

    @Test
    void aCommentRefused() {
        declinedBy("Die Werftleitung lehnte am Mittwoch eine Stellungnahme ab.", "Stellungnahme", "Werftleitung");
        declinedBy("Ein Sprecher der Brauerei Ostmann hatte jeden Kommentar abgelehnt.", "Kommentar", "Sprecher");
        declinedBy("Der Verteidiger verweigerte zu dem Gutachten jede Auskunft.", "Auskunft", "Verteidiger");
    }

    @Test
    void aCommentNotGiven() {
        declinedBy("Die Kreisverwaltung gab zu den Zahlen keinen Kommentar ab.", "Kommentar", "Kreisverwaltung");
        declinedBy("Die Ermittler machten keine Angaben zur Herkunft des Geldes.", "Angaben", "Ermittler");
        declinedBy("Nähere Einzelheiten wollte die Kammer nicht nennen.", "Einzelheiten", "Kammer");
        declinedBy("Der Fährbetreiber reagierte nicht auf mehrere Anfragen.", "Anfragen", "Fährbetreiber");
    }

    @Test
    void notToBeReachedForAStatement() {
        declinedBy("Die Spedition Kallweit war für eine Stellungnahme am Abend nicht zu erreichen.", "erreichen", "Kallweit");
        declinedBy("Für einen Kommentar war die Bürgermeisterin nicht erreichbar.", "erreichbar", "Bürgermeisterin");
    }

    @Test
    void aQuestionFrontedBeforeTheVerbIsNoSpeaker() {
        declinedBy("Schriftliche Fragen ließ die Kanzlei bis Freitag unbeantwortet.", "unbeantwortet", "Kanzlei");
    }

    @Test
    void aVerbOfSayingRefusedOrNeitherOne() {
        declinedBy("Die Klinikleitung lehnte es ab, sich zu den Vorwürfen zu äußern.", "äußern", "Klinikleitung");
        declinedBy("Der Trainer weigerte sich, die Aufstellung zu kommentieren.", "kommentieren", "Trainer");
        declinedBy("Die Botschaft wollte die Festnahme weder bestätigen noch dementieren.", "weder", "Botschaft");
    }

    /** The formula for not commenting: a reference to an investigation under way, with no said part. */
    @Test
    void pointingToAnInvestigationUnderWay() {
        declinedBy("Die Generalstaatsanwaltschaft verwies am Montag auf das laufende Verfahren.", "Verfahren", "Generalstaatsanwaltschaft");
    }

    @Test
    void refusingSomethingElseOrGivingACommentDeclinesNothing() {
        assertThat(extract("Der Bauausschuss lehnte den Antrag der Anwohner ab.")).isEmpty();
        assertThat(extract("Die Gemeinde lehnte die Anfrage des Zirkus ab.")).isEmpty();
        assertThat(extract("Die Versicherung verweigerte die Zahlung.")).isEmpty();
        assertThat(extract("Der Torwart gab keinen Schuss aufs Tor ab.")).isEmpty();
        assertThat(extract("Die Hütte war im Winter nicht zu erreichen.")).isEmpty();
        assertThat(extract("Eine Stellungnahme des Rates wird im Juni erwartet.")).isEmpty();
        assertThat(extract("Die Jury hat ihre Stellungnahme bereits abgegeben.")).noneMatch(s -> s.stance() == Stance.NO_COMMENT);
    }
}
