package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short German teaser going on with reported speech in a plural form the past tense shares with the Konjunktiv II
 * ("Die Verkäufe lägen unter dem Vorjahr, teilte der Verband mit. Vor allem Spielwarenläden litten."): the sentence is
 * the speaker's too, as reported speech takes the Konjunktiv II where the Konjunktiv I reads as indicative. Not after
 * the headline, nor after an indicative statement, nor in an article's running text. Every text is invented.
 */
class GermanTeaserPluralKonjunktivTest {
    private static boolean said(List<Statement> statements, String words) {
        return statements.stream().anyMatch(s -> s.sentenceText().contains(words));
    }

    @Test
    void aPluralPastFormRightAfterReportedSpeechGoesOnWithIt() {
        List<Statement> found = extract("Handelsverband: Advent enttäuschend",
                "Die Verkäufe lägen drei Prozent unter dem Vorjahr, teilte der Verband mit. Vor allem Spielwarenläden litten.");
        Statement s = found.stream().filter(x -> x.sentenceText().contains("Spielwarenläden")).findFirst().orElseThrow();
        assertThat(s.speaker().canonical()).contains("Verband");
    }

    @Test
    void notAfterAnIndicativeStatement() {
        List<Statement> found = extract("Kreis senkt die Müllgebühren",
                "Die Gebühren sinken 2027 um zehn Prozent, kündigte der Kämmerer an. Möglich machten das niedrigere Kosten.");
        assertThat(said(found, "Möglich machten")).isFalse();
    }

    @Test
    void notAsTheTeasersFirstSentenceUnderItsHeadline() {
        List<Statement> found = extract("Studie: Pendler schlafen schlechter", "Forscher der Universität Kelheim werteten Daten von 5.000 Menschen aus.");
        assertThat(said(found, "werteten")).isFalse();
    }

    @Test
    void notInAnArticlesRunningText() {
        String text = "Der Verband legte am Montag seine Bilanz vor. Die Verkäufe lägen drei Prozent unter dem Vorjahr, teilte er mit. "
                + "Vor allem Spielwarenläden litten. Am Abend trafen sich die Händler zu einer Versammlung. Dort wurde ein neuer Vorstand gewählt.";
        assertThat(said(extract(text), "Spielwarenläden")).isFalse();
    }
}
