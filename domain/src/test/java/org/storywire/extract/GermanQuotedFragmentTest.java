package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.quoted;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words a speaker is quoted with inside a longer statement of theirs in the same sentence are part of that one statement
 * ({@link QuotedFragments}): a story sees one position, the statement carries the quotation. Every text is written for this test.
 */
class GermanQuotedFragmentTest {
    @Test
    void aQuotationInsideReportedSpeechIsCarriedByTheStatement() {
        String text = "Die Landrätin Petra Moll sagte, die Verwaltung habe einen „schweren Fehler“ gemacht, den man korrigieren werde.";
        assertThat(extract(text)).singleElement().satisfies(s -> {
            assertThat(content(s, text)).isEqualTo("die Verwaltung habe einen „schweren Fehler“ gemacht, den man korrigieren werde");
            assertThat(quoted(s, text)).containsExactly("„schweren Fehler“");
            assertThat(s.speaker().mention()).endsWith("Petra Moll");
        });
    }

    @Test
    void twoQuotationsOfOneClauseAreCarriedInTextOrder() {
        String text = "Der Vorstand der Genossenschaft erklärte, der Umbau sei „alternativlos“ und werde „ohne Mieterhöhung“ gelingen.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(quoted(s, text)).containsExactly("„alternativlos“", "„ohne Mieterhöhung“"));
    }

    @Test
    void aQuotationOfTheNextSentenceStaysAStatementOfItsOwn() {
        String text = "Die Landrätin Petra Moll sagte, die Verwaltung habe Fehler gemacht. „Wir werden das korrigieren“, fügte sie hinzu.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(2);
        assertThat(found).allSatisfy(s -> assertThat(s.quoted()).isEmpty());
    }
}
