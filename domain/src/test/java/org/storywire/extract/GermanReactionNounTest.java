package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * "reagierte mit Unverständnis" in a short teaser is the reacting speaker's CLAIM, as "reagierte verärgert" is; an act
 * answered with ("mit einem Großaufgebot") is narrated. Every text is written for this test.
 */
class GermanReactionNounTest {
    @Test
    void reactingWithANounOfAReactionClaims() {
        Statement s = about(extract("Verband sperrt Stürmer für vier Spiele",
                "Der Klub reagierte mit Empörung auf die Entscheidung."), "Empörung");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).isEqualTo("Der Klub");
    }

    @Test
    void reactingWithAnActIsNarrated() {
        assertThat(extract("Randale nach dem Derby",
                "Die Polizei reagierte mit einem Großaufgebot auf die Ausschreitungen.")).isEmpty();
    }

    @Test
    void aReactionInTheThirdSentenceOfATeaserClaims() {
        Statement s = about(extract("Freibad in Hallstein bleibt zu",
                "Der Rat stimmte gegen die Sanierung. Das Geld fehle, so die Kämmerin. Der Schwimmverein zeigte sich enttäuscht."),
                "Schwimmverein");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).isEqualTo("Der Schwimmverein");
    }

    @Test
    void aReactionDeepInAnArticleIsNarrated() {
        assertThat(extract("Freibad in Hallstein bleibt zu",
                "Der Rat stimmte am Abend gegen die Sanierung. Die Sitzung dauerte drei Stunden. Viele Besucher kamen. "
                        + "Am Ende fiel die Entscheidung knapp. Der Schwimmverein zeigte sich enttäuscht."))
                .noneMatch(s -> s.sentenceText().contains("Schwimmverein"));
    }

    @Test
    void anHonouredPersonShowingAFeelingClaims() {
        Statement s = about(extract("Kunstpreis für Bildhauerin aus Tannau",
                "Die Jury würdigte ihr Lebenswerk. Die Künstlerin zeigte sich überwältigt."), "überwältigt");
        assertThat(s.speaker().mention()).isEqualTo("Die Künstlerin");
    }
}
