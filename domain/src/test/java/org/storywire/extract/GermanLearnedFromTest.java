package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a newsroom learnt: "Wie die Zeitung aus Parteikreisen erfuhr, ...", "Das erfuhr der Sender aus ...".
 * Every text is written for this test.
 */
class GermanLearnedFromTest {
    @Test
    void aWieClauseWithErfuhrReportsTheMainClause() {
        String text = "Wie das „Hafenblatt“ aus Parteikreisen erfuhr, verlässt die Bürgermeisterin von Kranzberg die Partei.";
        Statement s = about(extract(text), "Bürgermeisterin");
        assertThat(s.speaker().canonical()).isEqualTo("Hafenblatt");
        assertThat(content(s, text)).startsWith("verlässt die Bürgermeisterin");
    }

    @Test
    void aFrontedDasPointsBackAtWhatWasLearnt() {
        String text = "Die Werft in Lindau schließt im Herbst. Das erfuhr der Sender Radio Nordlicht aus dem Betriebsrat.";
        Statement s = about(extract(text), "Werft");
        assertThat(s.speaker().mention()).contains("Radio Nordlicht");
        assertThat(content(s, text)).isEqualTo("Die Werft in Lindau schließt im Herbst");
    }

    @Test
    void someoneLearningSomethingReportsNothing() {
        List<Statement> found = extract("Als der Trainer davon erfuhr, verließ er wütend das Stadion. Erst am Montag erfuhr die Polizei von dem Fall.");
        assertThat(found).isEmpty();
    }
}
