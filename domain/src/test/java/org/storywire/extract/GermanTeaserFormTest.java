package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Forms that short German news (a headline and a sentence or two, as feeds deliver them) leans on:
 * a speaker named after a pronoun subject, a surname that is also a function word, a denial said
 * as the non-existence of what was reported. Every text is written for this test.
 */
class GermanTeaserFormTest {
    @Test
    void aSurnameThatIsAlsoAnAdverbStaysInTheName() {
        Statement s = about(extract("Vorstandschef Lukas Ferner wollte sich zu den Berichten nicht äußern."), "Berichten");
        assertThat(s.speaker().mention()).isEqualTo("Vorstandschef Lukas Ferner");
        assertThat(s.speaker().canonical()).isEqualTo("Lukas Ferner");
    }

    @Test
    void dasBeforeAVerbAndAMasculineHeadIsAPronounSubject() {
        Statement s = about(extract("Nun ist es offiziell: Die Reederei Holmsand schließt ihr Werk. Das bestätigte Vorstandschef Lukas Hartwig am Freitag."), "Werk");
        assertThat(s.speaker()).isNotNull();
        assertThat(s.speaker().mention()).isEqualTo("Vorstandschef Lukas Hartwig");
    }

    @Test
    void dasBeforeAnAdjectiveAndANeuterNounStaysTheSubject() {
        Statement s = about(extract("Das beauftragte Institut teilte mit, die Messwerte lägen im Rahmen."), "Messwerte");
        assertThat(s.speaker().mention()).isEqualTo("Das beauftragte Institut");
    }

    @Test
    void whatWasReportedDoesNotExistIsADenial() {
        Statement s = about(extract("„Solche Pläne gibt es nicht“, sagte ein Sprecher der Reederei am Mittwoch."), "Pläne");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
        Statement indirect = about(extract("Derartige Absprachen gebe es nicht, sagte die Ministerin."), "Absprachen");
        assertThat(indirect.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aNegatedExistenceOfSomethingElseIsNoDenial() {
        Statement s = about(extract("Es gibt nicht genug Lehrer im Land, sagte die Ministerin."), "Lehrer");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void bestreitenDeniesWhatItsObjectNames() {
        Statement s = about(extract("Der Verein bestreitet jeden Kontakt zu dem Stürmer."), "Kontakt");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
        Statement headline = about(extract("Reederei bestreitet Verkauf der Werft", "Die Reederei Holmsand will an ihrem Standort festhalten."), "Verkauf");
        assertThat(headline.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void bestreitenAMatchOrItsLivingDeniesNothing() {
        assertThat(extract("Der Verein bestreitet am Samstag das Pokalfinale gegen Kielsund.")).noneMatch(s -> s.stance() == Stance.DENIAL);
        assertThat(extract("Der Student hat seinen Lebensunterhalt mit Nachtschichten bestritten.")).noneMatch(s -> s.stance() == Stance.DENIAL);
    }
}
