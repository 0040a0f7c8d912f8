package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;

import org.junit.jupiter.api.Test;

/**
 * A title sums up a forecast with "erwartet" ("Konzern erwartet ..."), and a study labels its finding also behind an
 * adjective or before its topic ("Neue Studie: ...", "Studie zu Lärm: ..."). Every text is written for this test.
 */
class GermanTitleForecastTest {
    @Test
    void aTitleExpectingSomethingForecastsIt() {
        Statement s = about(GermanExtraction.extract("Spielwarenhändler Kornblum erwartet Umsatzsprung",
                "Die Aktie stieg am Morgen um vier Prozent."), "Umsatzsprung");
        assertThat(s.speaker().mention()).contains("Kornblum");
    }

    @Test
    void aStudyLabelWithAnAdjectiveOrATopicReportsItsFinding() {
        assertThat(about(GermanExtraction.extract("Neue Studie: Hafer senkt den Blutdruck", "Die Daten stammen aus fünf Ländern."), "Hafer")
                .speaker().mention()).contains("Studie");
        assertThat(about(GermanExtraction.extract("Studie zu Fluglärm: Anwohner schlafen schlechter", "Die Daten stammen aus fünf Ländern."), "Anwohner")
                .speaker().mention()).contains("Studie");
    }
}
