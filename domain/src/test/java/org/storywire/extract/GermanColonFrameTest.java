package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.said;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A German quotation after a colon that closes a statement whose words before the colon only frame it (who, where, the
 * reporting verb) is that statement's content, no second statement. Every text is written for this test.
 */
class GermanColonFrameTest {
    @Test
    void aQuotationAfterAFrameIsOneStatement() {
        String text = "Auf der Versammlung sagte Jana Roth, Sprecherin des Vereins: „Wir bleiben in der Stadt.“";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(content(found.get(0), text)).endsWith("„Wir bleiben in der Stadt.“");
    }

    @Test
    void aReportingVerbInTheFrameToo() {
        assertThat(extract("In dem Schreiben der Kammer heißt es wörtlich: „Die Frist endet am Montag.“")).hasSize(1);
    }

    @Test
    void aClauseOfItsOwnBeforeTheColonKeepsTheQuotationApart() {
        String text = "Die Ministerin sagte, die Schulen würden nicht schließen: „Wir halten sie offen.“";
        assertThat(said(extract(text), text)).contains("„Wir halten sie offen.“");
    }
}
