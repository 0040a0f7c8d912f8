package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A report noun as the source ("Berichten zufolge", "nach Polizeiangaben") names no one, or its author in the compound. Texts written for this test. */
class GermanReportSourceTest {
    @Test
    void reportsAloneAreAnAnonymousSource() {
        Statement s = about(extract("Berichten zufolge soll der Fahrer zu schnell gefahren sein."), "Fahrer");
        assertThat(s.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
        Statement media = about(extract("Medienberichten zufolge plant die Reederei Holmsand einen Umbau."), "Umbau");
        assertThat(media.speaker().kind()).isEqualTo(SpeakerKind.ANONYMOUS);
    }

    @Test
    void aCompoundNamesTheReportsAuthor() {
        Statement s = about(extract("Nach Polizeiangaben wurden bei dem Unfall drei Menschen verletzt."), "verletzt");
        assertThat(s.speaker().mention()).isEqualTo("Polizeiangaben");
        assertThat(s.speaker().canonical()).isEqualTo("Polizei");
        assertThat(s.speaker().kind()).isEqualTo(SpeakerKind.ORGANISATION);
    }

    @Test
    void ownStatementsAreMentionedAsSuchAndResolveToTheSubject() {
        Statement s = about(extract("Die Reederei Holmsand hat nach eigenen Angaben drei Schiffe verkauft."), "Schiffe");
        assertThat(s.speaker().mention()).isEqualTo("eigenen Angaben");
        assertThat(s.speaker().canonical()).isEqualTo("Reederei Holmsand");

        // the subject stands after the verb when the phrase opens the sentence
        Statement fronted = about(extract("Nach eigenen Angaben hat die Reederei Holmsand drei Schiffe verkauft."), "Schiffe");
        assertThat(fronted.speaker().mention()).isEqualTo("eigenen Angaben");
        assertThat(fronted.speaker().canonical()).isEqualTo("Reederei Holmsand");
    }

    @Test
    void aPossessiveBeforeAnOpinionNounAndNachIsTheSource() {
        Statement s = about(extract("Seiner Meinung nach hätte die Hafenbehörde den Kai früher sperren müssen."), "Kai");
        assertThat(s.speaker().mention()).isEqualTo("Seiner Meinung");

        // "aller Voraussicht nach" has no possessive and names no source
        assertThat(extract("Die Sanierung wird aller Voraussicht nach teurer werden.")).isEmpty();
    }

    private static Statement byCue(List<Statement> found, String cue) {
        return found.stream().filter(x -> x.cue().startsWith(cue)).findFirst().orElseThrow();
    }

    @Test
    void aMarkerInsideWhatAVerbIntroducesIsPartOfWhatWasSaid() {
        // the marker keeps a statement of its own beside the verb's (GermanNestedMarkerTest)
        Statement s = byCue(extract("Ein Sprecher der Feuerwehr, Lars Kemmer, sagte am Abend, nach ersten Erkenntnissen habe ein Kurzschluss den Brand ausgelöst."), "sagte");
        assertThat(s.speaker().mention()).isEqualTo("Lars Kemmer");

        Statement wie = byCue(extract("Wie Vizesprecher Tom Stegner mitteilte, ist die Kohle nach Auffassung der Ministerin unverzichtbar."), "mitteilte");
        assertThat(wie.speaker().mention()).contains("Tom Stegner");

        // a marker before the verb relays the verb's statement (GermanRelayTest)
        Statement fronted = about(extract("Laut Polizei sagte der Fahrer, er sei am Steuer eingeschlafen."), "Steuer");
        assertThat(fronted.speaker().mention()).isEqualTo("der Fahrer");
        assertThat(fronted.relayedBy().mention()).isEqualTo("Polizei");
    }
}
