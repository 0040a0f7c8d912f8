package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A headline quotation behind a label that names a topic, not a speaker ("Nach dem Derby: „...“"), said by the
 * teaser's subject, when that subject names someone. Every text is written for this test.
 */
class GermanLabelledTitleQuotationTest {
    @Test
    void theTeasersSubjectSaysAQuotationBehindATopicLabel() {
        Statement s = about(extract("Nach dem Pokalaus: „Wir haben den Kopf verloren“",
                "Torwart Levin Saathoff ärgerte sich über das späte Gegentor. Die Elf spielt am Samstag in Erlbach."), "Kopf verloren");
        assertThat(s.speaker().canonical()).contains("Saathoff");
    }

    @Test
    void aBodyTheLexiconsKnowSaysItToo() {
        Statement s = about(extract("Nach dem Ratsbeschluss: „Das ist ungerecht“",
                "Die Gewerkschaft kritisiert die Pläne der Stadt Hollbeck scharf. Eltern sammeln Unterschriften."), "ungerecht");
        assertThat(s.speaker().mention()).isEqualTo("Die Gewerkschaft");
    }

    @Test
    void aTeaserOpeningWithThingsGivesTheQuotationNoSpeaker() {
        List<Statement> found = extract("Zwei Jahre nach dem Brand: „Wir geben nicht auf“",
                "Viele Ställe in Obertal sind noch immer leer. Die Versicherung zahlt erst im Herbst.");
        assertThat(found).noneMatch(s -> s.sentenceText().contains("geben nicht auf"));
    }
}
