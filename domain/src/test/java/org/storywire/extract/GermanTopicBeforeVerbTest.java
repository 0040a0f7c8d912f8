package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.said;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The phrase a cue takes with its preposition ("sprach von", "schwieg zu") before the verb: fronted into the Vorfeld, or
 * inside the clause a participle closes in the perfect. Invented sentences.
 */
class GermanTopicBeforeVerbTest {
    @Test
    void aFrontedQuotationIsTheWordsOfTheSubjectBehindTheVerb() {
        String text = "Von einer „gezielten Kampagne“ sprach der Abgeordnete Peter Holm.";
        List<Statement> statements = extract(text);
        assertThat(statements).hasSize(1);
        assertThat(content(statements.get(0), text)).isEqualTo("„gezielten Kampagne“");
        assertThat(statements.get(0).speaker().mention()).isEqualTo("der Abgeordnete Peter Holm");
    }

    @Test
    void aFrontedPhraseOfQuotationsKeepsEachOfThem() {
        String text = "Von „grober Fahrlässigkeit“ oder „bewusster Täuschung“ sprechen Zeitungsberichte heute im Zusammenhang mit dem Bau der Brücke.";
        List<Statement> statements = extract(text);
        assertThat(said(statements, text)).contains("„grober Fahrlässigkeit“", "„bewusster Täuschung“");
        assertThat(statements.get(0).speaker().mention()).isEqualTo("Zeitungsberichte");
    }

    @Test
    void thePerfectHasThePhraseBeforeItsParticiple() {
        String text = "Die Gewerkschaft hatte am Montag von der Notwendigkeit eines „harten Streiks“ gegen die Kürzungen gesprochen.";
        Statement s = about(extract(text), "Gewerkschaft");
        assertThat(content(s, text)).isEqualTo("von der Notwendigkeit eines „harten Streiks“ gegen die Kürzungen");
        assertThat(s.speaker().mention()).isEqualTo("Die Gewerkschaft");
    }

    @Test
    void keepingSilentOnAFrontedTopicDeclines() {
        Statement s = about(extract("Zu den Vorwürfen schwieg der Konzern am Montag."), "Konzern");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(s.speaker().mention()).isEqualTo("der Konzern");
    }

    @Test
    void aPhraseOfTimeOrPlaceIsNoTopic() {
        assertThat(extract("Von Anfang an sprach der Trainer mit den Spielern.")).isEmpty();
    }

    @Test
    void theAgentOfAPassiveIsNoTopic() {
        assertThat(extract("Von der Regierung wurde am Montag nicht über den Haushalt gesprochen.")).isEmpty();
    }

    @Test
    void aVerdictPronouncedIsNoSpeech() {
        assertThat(extract("Das Landgericht hat am Montag ein Urteil zum Verkauf von Grundstücken gesprochen.")).isEmpty();
    }
}
