package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Live tickers and news flashes: "+++" sets one item apart from the next, as a line break does. Every text is invented. */
class GermanTickerItemTest {
    @Test
    void aLabelAfterATickerMarkOpensItsItem() {
        Statement s = about(extract("+++ Bahn-Ticker +++ Verkehrsverbund: Ersatzbusse fahren ab Montag",
                "Die Strecke zwischen Olmbach und Kettwig bleibt gesperrt."), "Ersatzbusse");
        assertThat(s.speaker().mention()).isEqualTo("Verkehrsverbund");
    }

    @Test
    void eachItemBetweenMarksHasItsOwnSpeakerAndStance() {
        List<Statement> found = extract("Liveblog zur Bürgermeisterwahl",
                "+++ 19.10 Uhr: Kandidatin Ida Sommer spricht von einem „großen Tag“ +++ Amtsinhaber Falk Wendt räumt die Niederlage ein +++");
        Statement sommer = about(found, "großen Tag");
        Statement wendt = about(found, "Niederlage");
        assertThat(sommer).isNotEqualTo(wendt);
        assertThat(sommer.speaker().canonical()).contains("Sommer");
        assertThat(wendt.speaker().canonical()).contains("Wendt");
        assertThat(wendt.stance()).isEqualTo(Stance.CONFIRMATION);
    }

    @Test
    void aNewsFlashLabelNamesTheFormatNotAReport() {
        assertThat(extract("Eilmeldung: Brückeneinsturz in Kellmünde", "Die Umgebung wurde weiträumig abgesperrt.")).isEmpty();
        Statement s = about(extract("Eilmeldung: Bürgermeister Haas kündigt Rücktritt an", "Die Stadt Kellmünde steht vor einer Neuwahl."), "Rücktritt");
        assertThat(s.speaker().canonical()).contains("Haas");
    }

    @Test
    void plusSignsInsideAWordAreNoMark() {
        assertThat(TickerMarks.segments("Die Note C++ sagt nichts", 0, 24)).hasSize(1);
    }
}
