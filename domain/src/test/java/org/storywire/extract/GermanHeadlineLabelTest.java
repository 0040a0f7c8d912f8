package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Headline labels of German feed items: the speaker before the colon, with the topic spoken about
 * ("Werkschef zu Kurzarbeit: ...") or as a noun naming a body ("Gericht: ..."). Every text is written for this test.
 */
class GermanHeadlineLabelTest {
    private static final String TEASER = "Die Firma Halvor aus Lindau steckt seit Monaten in der Krise.";

    @Test
    void aLabelWithItsTopicSaysWhatFollowsTheColon() {
        String title = "Werkschef zu Kurzarbeit: Keine Kündigungen geplant";
        Statement s = about(extract(title, TEASER), "Kündigungen");
        assertThat(s.speaker().mention()).isEqualTo("Werkschef");
        assertThat(content(s, title)).isEqualTo("Keine Kündigungen geplant");
    }

    @Test
    void aNamedLabelWithATopicAfterUeber() {
        String title = "Ministerin Brandl über den Haushalt: Sparen bleibt Pflicht";
        Statement s = about(extract(title, TEASER), "Sparen");
        assertThat(s.speaker().canonical()).isEqualTo("Brandl");
        assertThat(content(s, title)).isEqualTo("Sparen bleibt Pflicht");
    }

    @Test
    void aDenyingVerbInTheLabelDeniesWhatFollowsTheColonEvenIfItNamesAnOffer() {
        Statement s = about(extract("Reederei dementiert: Kein Angebot für die Werft in Lindau", TEASER), "Werft");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aTopicThatIsAClauseIsNoLabel() {
        assertThat(extract("Werkschef zu sehen, wie die Halle brennt: ein Schock", TEASER))
                .noneMatch(s -> s.sentenceText().contains("Schock"));
    }

    @Test
    void aNounNamingABodySpeaksAsALabel() {
        Statement s = about(extract("Landgericht: Kündigung der Mieterin war unwirksam", TEASER), "Mieterin");
        assertThat(s.speaker().mention()).isEqualTo("Landgericht");
    }

    @Test
    void aNameClosedByItsLegalFormSpeaksAsALabel() {
        Statement s = about(extract("Fährlinie Brenk GmbH: Verbindung nach Helmsand wird eingestellt", TEASER), "Helmsand");
        assertThat(s.speaker().mention()).isEqualTo("Fährlinie Brenk GmbH");
    }

    @Test
    void aQuotedPhraseOpenedByKeinIsSaidNotANamedThing() {
        Statement s = about(extract("Sportdirektorin zu Trainerfrage: „Kein Thema“", TEASER), "Kein Thema");
        assertThat(s.speaker().mention()).isEqualTo("Sportdirektorin");
        assertThat(s.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
    }

    @Test
    void mediaAsALabelReportWhatFollows() {
        Statement s = about(extract("Medien: Halvor-Chef vor der Ablösung", TEASER), "Ablösung");
        assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
    }

    @Test
    void aTopicLabelStaysATopic() {
        assertThat(extract("Haushalt: Koalition streitet weiter über Schulden", TEASER)).noneMatch(s -> s.sentenceText().contains("Koalition streitet"));
    }

    @Test
    void aCompoundNounOfAPersonSpeaksALineWithAVerb() {
        Statement s = about(extract("Meeresbiologen: Die Quallenplage nimmt zu", TEASER), "Quallenplage");
        assertThat(s.speaker().mention()).isEqualTo("Meeresbiologen");
    }

    @Test
    void aHyphenedNounOfAPersonSpeaksALineWithANegation() {
        Statement s = about(extract("Hallen-Betreiber: Eisbahn öffnet nicht vor Dezember", TEASER), "Eisbahn");
        assertThat(s.speaker().mention()).isEqualTo("Hallen-Betreiber");
    }

    @Test
    void aNounOfAPersonBeforeAVerblessLineNamesATopic() {
        assertThat(extract("Vegane Köche: Mode oder Überzeugung", TEASER)).noneMatch(s -> s.sentenceText().contains("Überzeugung"));
    }

    @Test
    void aNounOfAPersonSpeaksAVerblessLineEndingInAPredicativeAdjective() {
        Statement s = about(extract("Mieterschützer: Viele Heizkostenbescheide fehlerhaft", TEASER), "Heizkostenbescheide");
        assertThat(s.speaker().mention()).isEqualTo("Mieterschützer");
    }

    @Test
    void aVerblessLineEndingInANounOrAParticipleStaysATopic() {
        assertThat(extract("Imker: Honigernte auf Rekordniveau", TEASER)).noneMatch(s -> s.sentenceText().contains("Honigernte"));
        assertThat(extract("Sammler: Seltene Münzen gefunden", TEASER)).noneMatch(s -> s.sentenceText().contains("Münzen"));
    }

    @Test
    void aGenreLabelThatAlsoNamesAPersonSpeaksNoClause() {
        assertThat(extract("Ratgeber: Was Pendler bei der Bahncard beachten sollten", TEASER)).noneMatch(s -> s.sentenceText().contains("Pendler"));
    }

    @Test
    void aLineAddressingTheReaderIsNoStatementOfItsLabel() {
        assertThat(extract("Verbraucherschützer: So sparen Sie beim Heizen", TEASER)).noneMatch(s -> s.sentenceText().contains("Heizen"));
        Statement s = about(extract("Verbraucherschützer: Viele Heizungen laufen zu heiß", TEASER), "Heizungen");
        assertThat(s.speaker().mention()).isEqualTo("Verbraucherschützer");
    }
}
