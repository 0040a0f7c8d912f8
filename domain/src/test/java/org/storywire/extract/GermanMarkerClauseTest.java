package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report marker in the middle field of a relative or adverbial clause ("die ihrer Meinung nach ...", "weil ... nach
 * Angaben der UN ...") reports that clause, beside whatever the main clause says ({@link MarkerClause}). Every text is
 * written for this test.
 */
class GermanMarkerClauseTest {
    @Test
    void aPossessiveOpinionInARelativeClauseReportsThatClause() {
        String text = "Die Partei kämpft gegen die Regierung, die ihrer Meinung nach zu Unrecht im Amt ist.";
        assertThat(extract(text)).singleElement().satisfies(s -> {
            assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
            assertThat(content(s, text)).isEqualTo("die ihrer Meinung nach zu Unrecht im Amt ist");
            assertThat(s.speaker().mention()).isEqualTo("ihrer Meinung");
        });
    }

    @Test
    void aMarkerInAnAdverbialClauseReportsThatClauseAlone() {
        String text = "Die Länder zögern, weil die Mission nach Angaben der Vereinten Nationen schon jetzt überfordert ist.";
        assertThat(extract(text)).singleElement()
                .satisfies(s -> assertThat(content(s, text)).isEqualTo("weil die Mission nach Angaben der Vereinten Nationen schon jetzt überfordert ist"));
    }

    @Test
    void theMainClausesStatementStaysBesideTheClausesMarker() {
        String text = "Die Umweltgruppe fordert eine Untersuchung des Unfalls, bei dem es sich ihrer Meinung nach um einen schweren Fehler der Betreiber gehandelt habe.";
        List<Statement> statements = extract(text);
        assertThat(statements).extracting(s -> s.speaker().mention()).containsExactlyInAnyOrder("Die Umweltgruppe", "ihrer Meinung");
        assertThat(statements).anySatisfy(s -> assertThat(content(s, text)).startsWith("bei dem es sich ihrer Meinung nach"));
    }

    @Test
    void theMainClausesSpeakerGoesOnAfterTheClause() {
        String text = "Der Bürgermeister Jan Hollmer kündigte einen Plan an, der seiner Meinung nach die Mieten senken werde. Einen Streit mit dem Land wolle er aber nicht.";
        List<Statement> statements = extract(text);
        assertThat(statements).filteredOn(s -> s.sentenceText().startsWith("Einen Streit")).singleElement()
                .satisfies(s -> assertThat(s.speaker().canonical()).isEqualTo("Jan Hollmer"));
    }

    @Test
    void aMarkerBehindAMainClausesFiniteVerbKeepsTheSentence() {
        String text = "Die Polizei sucht Zeugen, die Feuerwehr ist nach Angaben der Stadt noch im Einsatz.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(content(s, text)).startsWith("Die Polizei sucht Zeugen"));
    }

    @Test
    void gemaessInAClauseTellsARuleAndNarrowsNothing() {
        String text = "Verkauft werden nur Geräte, die gemäß der neuen Norm geprüft sind.";
        assertThat(extract(text)).noneSatisfy(s -> assertThat(content(s, text)).startsWith("die gemäß"));
    }
}
