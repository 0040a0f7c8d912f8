package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A German verb inverted after the said part, with a time or place between it and its subject (", sagte am Montag der
 * Sprecher"): the said part ends at the comma, the subject behind the adverbials speaks. Every text is written for this test.
 */
class GermanInvertedSubjectTest {
    @Test
    void aTimeBetweenTheVerbAndItsSubject() {
        String text = "Die Lage am Deich sei ernst, sagte am Montag der Sprecher der Feuerwehr.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(content(found.get(0), text)).isEqualTo("Die Lage am Deich sei ernst");
        assertThat(found.get(0).speaker().mention()).isEqualTo("der Sprecher");
    }

    @Test
    void aTimeAndAPlaceBeforeANamedSubject() {
        String text = "Man werde die Pläne prüfen, sagte am Dienstagabend in Lübeck die Senatorin Karla Wendt.";
        Statement found = extract(text).get(0);
        assertThat(content(found, text)).isEqualTo("Man werde die Pläne prüfen");
        assertThat(found.speaker().mention()).contains("Karla Wendt");
    }

    @Test
    void anAdverbAndATimeNoun() {
        String text = "Wir haben nichts zu verbergen, sagte gestern Abend der Bürgermeister.";
        Statement found = extract(text).get(0);
        assertThat(found.speaker().mention()).isEqualTo("der Bürgermeister");
    }

    /** The said part's own "sei" is no auxiliary of the verb behind the comma, so its report noun is no source. */
    @Test
    void aReportNounOpeningTheSaidPartBeforeASeparableVerb() {
        String text = "Die Meldung sei frei erfunden, teilte die Stadtbibliothek mit.";
        Statement found = extract(text).get(0);
        assertThat(content(found, text)).isEqualTo("Die Meldung sei frei erfunden");
        assertThat(found.speaker().mention()).isEqualTo("die Stadtbibliothek");
    }

    @Test
    void aPronounRightBehindTheVerbStaysTheSubject() {
        String text = "„In zehn Jahren sind wir am Ziel“, sagte er in einem Gespräch mit der Zeitung Nordkurier.";
        assertThat(extract(text).get(0).speaker().mention()).isEqualTo("er");
    }
}
