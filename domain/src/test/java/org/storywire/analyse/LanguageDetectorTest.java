package org.storywire.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private static LanguageDetector detector;

    @BeforeAll
    static void load() {
        detector = LanguageDetector.create();
    }

    @Test
    void tellsGermanFromEnglish() {
        assertThat(detector.detect("Der Stadtrat hat die Entscheidung über die Sanierung der Kaimauer auf April vertagt. "
                + "Die Bürgermeisterin wollte die Kosten nicht bestätigen.")).isEqualTo("de");
        assertThat(detector.detect("The county's water board denied on Thursday that reservoirs were running low, "
                + "calling a newspaper report simply false.")).isEqualTo("en");
    }

    @Test
    void namesOtherLanguagesByTheirIsoCode() {
        assertThat(detector.detect("Le conseil municipal a reporté sa décision sur la rénovation du quai jusqu'au mois d'avril, "
                + "a déclaré la maire de la ville.")).isEqualTo("fr");
    }

    @Test
    void theModelDecidesWhenFunctionWordsDoNot() {
        String headlines = "Bundestag Haushalt Streit Koalition Einigung Finanzminister Schuldenbremse Ausnahme";
        assertThat(LanguageDetector.byFunctionWords(headlines)).isNull();
        assertThat(detector.detect(headlines)).isEqualTo("de");
        String dutch = "De gemeenteraad heeft het besluit over de renovatie van de kademuur uitgesteld tot april, zei de burgemeester.";
        assertThat(LanguageDetector.byFunctionWords(dutch)).isNull();
        assertThat(detector.detect(dutch)).isEqualTo("nl");
    }

    @Test
    void saysNothingAboutTooLittleText() {
        assertThat(detector.detect("Ja.")).isNull();
        assertThat(detector.detect("Trump Putin Kreml Moskau Washington")).isNull();
        assertThat(detector.detect("   ")).isNull();
        assertThat(detector.detect(null)).isNull();
    }

    @Test
    void answersTheTwoWayQuestionFromTheSameFunctionWords() {
        assertThat(LanguageDetector.isEnglish("The ministry said it was not aware of the plan.")).isTrue();
        assertThat(LanguageDetector.isEnglish("Das Ministerium sagte, der Plan sei nicht bekannt.")).isFalse();
        // German first: a text with neither language's function words is taken as German.
        assertThat(LanguageDetector.isEnglish("Trump Putin Kreml")).isFalse();
        assertThat(LanguageDetector.isEnglish(null)).isFalse();
    }
}
