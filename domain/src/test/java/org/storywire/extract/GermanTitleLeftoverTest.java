package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** Title forms of German feed items beside the labels: "laut" before a colon. Every text is written for this test. */
class GermanTitleLeftoverTest {
    private static final String TEASER = "Die Firma Halvor aus Lindau steckt seit Monaten in der Krise.";

    @Test
    void aSpeakerAfterLautStopsAtTheColon() {
        String title = "Laut Bericht: Ministerin Brandl plant ihren Rücktritt";
        Statement s = about(extract(title, TEASER), "Rücktritt");
        assertThat(s.speaker().mention()).isEqualTo("Bericht");
        assertThat(content(s, title)).isEqualTo("Ministerin Brandl plant ihren Rücktritt");
    }
}
