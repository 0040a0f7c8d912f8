package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** „Kein Kommentar“ quoted in a verbless headline: the refusal of whoever stands behind "von", once. Invented text. */
class GermanQuotedRefusalTest {
    private static final String TEASER = "Die Staatsanwaltschaft in Wellfeld prüft einen Anfangsverdacht.";

    @Test
    void theSourceBehindVonRefusesEvenBehindATopicLabel() {
        List<Statement> found = extract("Parteispenden: „Kein Kommentar“ von Schatzmeister Wendholm", TEASER);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
            assertThat(s.speaker().canonical()).contains("Wendholm");
        });
    }

    @Test
    void withoutALabelItIsOneRefusal() {
        List<Statement> found = extract("„Kein Kommentar“ von Schatzmeister Wendholm", TEASER);
        assertThat(found).singleElement().satisfies(s -> assertThat(s.speaker().canonical()).contains("Wendholm"));
    }
}
