package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A name particle ("von der", "van", "de") opens a surname that belongs to the name before it, or opens the sentence as
 * that name; before a word the dictionary knows as something else it stays a preposition. Every text is written for this test.
 */
class GermanParticleNameTest {
    @Test
    void aSentenceOpeningWithAParticleSurnameAndAVerbOpensWithItsSpeaker() {
        Statement s = about(extract("Von der Wettring betonte, die Kommission werde den Vorschlag prüfen."), "Vorschlag");
        assertThat(s.speaker().mention()).isEqualTo("Von der Wettring");
        Statement van = about(extract("Van Dorsel sagte, die Mannschaft sei gut vorbereitet."), "Mannschaft");
        assertThat(van.speaker().mention()).isEqualTo("Van Dorsel");
    }

    @Test
    void aParticleSurnameBehindAFirstNameOrTitleBelongsToTheName() {
        Statement s = about(extract("Die Kommissarin Hanna von der Wettring sagte, man werde rasch handeln."), "handeln");
        assertThat(s.speaker().mention()).isEqualTo("Die Kommissarin Hanna von der Wettring");
    }

    @Test
    void vonBeforeAKnownWordIsAPreposition() {
        assertThat(about(extract("Von Berlin aus sagte der Minister, es gebe keine Pläne."), "Pläne").speaker().mention())
                .isEqualTo("der Minister");
        assertThat(about(extract("Der Sprecher von der Regierung sagte, es gebe keine Pläne."), "Pläne").speaker().mention())
                .isEqualTo("Der Sprecher");
    }

    @Test
    void aNameClosingTheTextWithNoMarkAfterItIsReadToItsEnd() {
        Statement s = about(extract("Die Regierung werde rasch handeln, sagte Kommissarin Hanna Wettring"), "handeln");
        assertThat(s.speaker().mention()).isEqualTo("Kommissarin Hanna Wettring");
    }
}
