package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers in short German news (a headline and a sentence or two): a fronted object before a person behind the
 * verb, a pronoun with nobody but a sum before it, a body named with common words, a headline labelled with a surname,
 * a preposition that looks like the verb's particle. Every text is written for this test.
 */
class GermanTeaserSpeakerTest {
    @Test
    void aThingBeforeTheVerbAndAPersonBehindItIsAFrontedObject() {
        Statement s = about(extract("Die Niederlage nannte Kollmeraus Trainer einen herben Rückschlag."), "Rückschlag");
        assertThat(s.speaker().mention()).isEqualTo("Kollmeraus Trainer");
    }

    @Test
    void aBodyBeforeTheVerbStaysTheSubject() {
        Statement s = about(extract("Die Behörden werfen Lina Betrug vor."), "Betrug");
        assertThat(s.speaker().mention()).isEqualTo("Die Behörden");
    }

    @Test
    void aPronounStandsForAPersonNounOfItsGenderNotForASum() {
        Statement s = about(extract("Das Landgericht verurteilte den Bauunternehmer zur Zahlung von vier Millionen Euro. Er kündigte Revision an."), "Revision");
        assertThat(s.speaker().mention()).isEqualTo("Er");
        assertThat(s.speaker().canonical()).isEqualTo("Bauunternehmer");
        Statement none = about(extract("Das Landgericht verhängte eine Strafe von vier Millionen Euro. Er kündigte Revision an."), "Revision");
        assertThat(none.speaker().canonical()).isNull();
    }

    @Test
    void aNameOfCommonWordsIsABodyNotAPerson() {
        Statement s = about(extract("Der Deutsche Wetterdienst warnt vor Orkanböen an der Küste."), "Orkanböen");
        assertThat(s.speaker().kind()).isEqualTo(SpeakerKind.ORGANISATION);
        Statement person = about(extract("Die Ministerin Anna Lorenz warnt vor Orkanböen an der Küste."), "Orkanböen");
        assertThat(person.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aHeadlineLabelledWithASurnameIsThatPersonsStatement() {
        List<Statement> all = extract("Müller: Keine Steuererhöhung", "Der Finanzminister erteilte Forderungen nach höheren Steuern eine Absage.");
        Statement s = about(all, "Steuererhöhung");
        assertThat(s.speaker().mention()).isEqualTo("Müller");
        assertThat(s.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aHeadlineLabelledWithAPlaceSaysNothing() {
        List<Statement> all = extract("Japan: Erdbeben erschüttert Küste", "Ein Beben der Stärke 6 traf am Morgen die Ostküste.");
        assertThat(all).noneMatch(s -> s.sentenceText().contains("Erdbeben"));
    }

    @Test
    void aPrepositionBeforeTheVerbIsNoParticle() {
        Statement s = about(extract("Aus dem Bericht geht hervor, dass die Klinik seit Jahren Verluste schreibt."), "Verluste");
        assertThat(s.cue()).isEqualTo("geht hervor");
        assertThat(s.speaker().mention()).isEqualTo("dem Bericht");
    }

    @Test
    void theDefenceSpeaksAndSieAfterItIsTheDefence() {
        List<Statement> statements = extract("Prozess gegen Bauunternehmer Falk Morwitz",
                "Die Staatsanwaltschaft wirft Morwitz Betrug vor. Die Verteidigung bestreitet das. Sie kündigte an, auf Freispruch zu plädieren.");
        assertThat(about(statements, "bestreitet").speaker().canonical()).isEqualTo("Verteidigung");
        assertThat(about(statements, "Freispruch").speaker().canonical()).as("'sie' agrees with 'die Verteidigung'").isEqualTo("Verteidigung");
    }

    @Test
    void aCommonNounAfterAnOfficeIsWhatTheHolderIsAccusedOfNotTheirName() {
        List<Statement> all = extract("Fraktion wirft Senatorin Bestechung vor",
                "Die Fraktion wirft Bausenatorin Greta Holm vor, Aufträge verschoben zu haben. Die Senatorin bestreitet das.");
        Statement s = about(all, "bestreitet das");
        assertThat(s.speaker().canonical()).isEqualTo("Greta Holm");
    }
}
