package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.said;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "wies die Vorwürfe als „haltlos“ zurück": a quotation after "als" is what the cue's clause says, one statement whose
 * content is the quotation, with the cue's speaker and stance. Every text is written for this test.
 */
class GermanQuotedComplementTest {
    @Test
    void theQuotedComplementIsTheClausesOneStatement() {
        String text = "Der Geschäftsführer Paul Brand wies alle Vorwürfe als „haltlos“ zurück.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(content(found.get(0), text)).isEqualTo("„haltlos“");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Der Geschäftsführer Paul Brand");
        assertThat(found.get(0).stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aClauseBehindTheQuotationKeepsTheClauseStatement() {
        String text = "Die Partei bezeichnete die Einigung als einen „faulen Kompromiss“, der die Opposition stärken werde.";
        assertThat(said(extract(text), text)).contains("„faulen Kompromiss“")
                .anyMatch(c -> c.endsWith("stärken werde"));
    }
}
