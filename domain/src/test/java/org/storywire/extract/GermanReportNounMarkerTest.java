package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.said;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "nach einer Hochrechnung des Senders", "nach dem Willen der Regierung": report nouns after "nach" name whose account it is. Invented text. */
class GermanReportNounMarkerTest {
    @Test
    void aProjectionAfterNachReportsTheMainClause() {
        String text = "Im Kreis Lunden wurde am Sonntag gewählt. Nach einer Hochrechnung des Regionalsenders liegt die Bauernpartei knapp vorn.";
        List<Statement> found = extract(text);
        assertThat(said(found, text)).containsExactly("liegt die Bauernpartei knapp vorn");
        assertThat(found.get(0).speaker().mention()).contains("Regionalsenders");
    }

    @Test
    void aDeclaredWillAfterNachReportsTheMainClause() {
        String text = "Der Gemeinderat von Lunden tagte am Montag. Nach dem Willen des Bürgermeisters soll das Freibad im Mai öffnen.";
        assertThat(said(extract(text), text)).containsExactly("soll das Freibad im Mai öffnen");
    }

    @Test
    void theStateOfAnInquiryAfterNachReportsTheMainClause() {
        String text = "In Lunden brannte eine Scheune. Nach jetzigem Ermittlungsstand war ein Kurzschluss die Ursache.";
        assertThat(said(extract(text), text)).containsExactly("war ein Kurzschluss die Ursache");
    }
}
