package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A quotation joined by a comma or "und" to a quoted name before it is one more name in a row ("die Anhänger „a7“ und
 * „a8“", "(„Stütze Plus“, „Rente ab 70“)"), nobody's words, even where the first name's last word looks like a phrase
 * that could speak. Every text is written for this test.
 */
class GermanQuotedListTest {
    @Test
    void aQuotedNameAfterAnotherInARowIsNoStatement() {
        String text = "Die Stadtwerke erneuern die Türen der Triebwagen „T4“ und die der zugehörigen Anhänger „a7“ und „a8“.";
        assertThat(extract(text)).noneSatisfy(s -> assertThat(content(s, text)).contains("a8"));
    }

    @Test
    void aRowOfQuotedTermsInBracketsIsNoStatement() {
        String text = "Die Kammer lehnt die Verweisung Bedürftiger auf staatliche Hilfen („Stütze Plus“, „Rente ab 70“) und die Kürzung der Zuschüsse ab.";
        assertThat(extract(text)).noneSatisfy(s -> assertThat(content(s, text)).contains("Rente ab 70"));
    }
}
