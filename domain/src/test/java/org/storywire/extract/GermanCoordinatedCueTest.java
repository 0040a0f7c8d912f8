package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Two German reporting verbs joined by "und", the second with its said part behind its comma ("kritisierte die Pläne
 * und forderte, ..."): two statements of one speaker. Every text is written for this test.
 */
class GermanCoordinatedCueTest {
    @Test
    void theSecondVerbsSaidPartBehindItsCommaIsAStatementOfItsOwn() {
        String text = "Die Bürgermeisterin Karin Ostwald kritisierte die Pläne als überhastet und forderte, die Gebühren zu senken.";
        Statement first = about(extract(text), "Pläne");
        Statement second = extract(text).stream().filter(s -> content(s, text).equals("die Gebühren zu senken")).findFirst().orElseThrow();
        assertThat(content(first, text)).doesNotContain("Gebühren");
        assertThat(second.speaker().mention()).isEqualTo("Die Bürgermeisterin Karin Ostwald");
    }

    @Test
    void aFrontedObjectIsNotTheSecondVerbsSubject() {
        String text = "Die Äußerungen der Kommissarin nannte Jonas Brehm einen „Rückschritt“ und glaubt, dass der Rat sie ablehnen werde.";
        Statement second = extract(text).stream().filter(s -> content(s, text).startsWith("dass der Rat")).findFirst().orElseThrow();
        assertThat(second.speaker().mention()).isEqualTo("Jonas Brehm");
    }
}
