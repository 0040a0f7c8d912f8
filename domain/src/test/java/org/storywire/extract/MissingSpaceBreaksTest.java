package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence end written without its space ("sagte die Ministerin.Der Verband") still ends the sentence, while dots
 * inside abbreviations, numbers, initials and addresses do not. Every text is written for this test.
 */
class MissingSpaceBreaksTest {
    private static List<Integer> cuts(String text, boolean english) {
        return MissingSpaceBreaks.cuts(text, 0, text.length(), QuoteScanner.topLevel(text, 0, text.length()), english);
    }

    @Test
    void aKnownCapitalisedWordRightBehindAStopStartsASentence() {
        String text = "Die Brücke bleibt zu, sagte die Ministerin.Der Verband widersprach.";
        assertThat(cuts(text, false)).containsExactly(text.indexOf("Der Verband"));
        String asked = "Wer zahlt das?Die Gemeinde prüft es.";
        assertThat(cuts(asked, false)).containsExactly(asked.indexOf("Die Gemeinde"));
        String english = "The plan failed, the mayor said.The council disagreed.";
        assertThat(cuts(english, true)).containsExactly(english.indexOf("The council"));
    }

    @Test
    void aClosingQuotationMarkStaysWithItsSentence() {
        String text = "Sie sagte: „Wir bleiben.“Die Gegner lachten.";
        assertThat(cuts(text, false)).containsExactly(text.indexOf("Die Gegner"));
    }

    @Test
    void abbreviationsNumbersInitialsAndAddressesAreNoSentenceEnds() {
        for (String text : List.of("Er nannte z.B. Kosten bei web.de und Nr.5 der Liste.", "Laut J.R. Smith stieg der Wert auf 3.5 Punkte.",
                "Er traf Dr.Müller in Bonn.", "Die Linkspartei.PDS trat an.", "Sie sprach mit Sen. Hale (R-N.Y.) am Montag.")) {
            assertThat(cuts(text, false)).as(text).isEmpty();
        }
    }

    @Test
    void theNextSentenceNoLongerRelaysTheQuotation() {
        String text = "„Die Brücke bleibt gesperrt“, sagte die Bürgermeisterin.Der Verein erklärte, er prüfe eine Klage.";
        var statements = extract(text);
        assertThat(about(statements, "Brücke").speaker().mention()).isEqualTo("die Bürgermeisterin");
        var claim = about(statements, "Klage");
        assertThat(claim.speaker().mention()).isEqualTo("Der Verein");
        assertThat(content(claim, text)).isEqualTo("er prüfe eine Klage");
    }
}
