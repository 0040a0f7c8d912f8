package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** ", wie es bei X hieß": the circle between "es" and the closing verb is the source of what precedes. Invented text. */
class GermanWieEsHiessTest {
    @Test
    void theCircleInsideTheWieClauseIsTheSource() {
        String text = "Zwei Stellwerke seien unbesetzt gewesen, wie es bei den Verkehrsbetrieben hieß.";
        Statement s = about(extract(text), "Stellwerke");
        assertThat(s.speaker().mention()).isEqualTo("den Verkehrsbetrieben");
        assertThat(content(s, text)).isEqualTo("Zwei Stellwerke seien unbesetzt gewesen");
    }
}
