package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Who speaks in a short teaser under its headline when the teaser names the speaker by an age noun or a pronoun only.
 * Every text is written for this test.
 */
class GermanTeaserSpeakerTest {
    @Test
    void soBeforeAnAgeNounNamesTheSpeaker() {
        Statement quoted = about(extract("Torhüterin Greta Holm hört auf", "„Ich habe alles erreicht“, so die 36-Jährige."), "erreicht");
        assertThat(quoted.speaker().mention()).isEqualTo("die 36-Jährige");

        Statement reported = about(extract("Der Verein sei ihre Familie gewesen, so der 41-Jährige."), "Familie");
        assertThat(reported.speaker().mention()).isEqualTo("der 41-Jährige");
    }

    @Test
    void aKonjunktivSentenceAfterAnAgeNounSubjectIsThatPersonsSpeech() {
        Statement s = about(extract("Stürmer Jonas Brack wechselt nach Hamburg",
                "Der 27-Jährige unterschrieb einen Vertrag bis 2029. Er freue sich auf die neue Aufgabe."), "freue");
        assertThat(s.speaker().canonical()).contains("Brack");
    }

    @Test
    void aKonjunktivSentenceWithAPronounSubjectReportsThePersonOfTheHeadline() {
        Statement s = about(extract("Kapellmeisterin Irma Voss verlässt das Stadttheater",
                "Sie wolle mehr Zeit mit ihrer Familie verbringen. Ihr Vertrag endet im Juli."), "Familie");
        assertThat(s.speaker().canonical()).contains("Voss");
    }

    @Test
    void aPronounThatFindsNoPersonNamesNoOne() {
        Statement s = about(extract("Sturm über dem Hafen", "Er sei in der Nacht gekommen."), "Nacht");
        assertThat(s.speaker()).isNull();
    }
}
