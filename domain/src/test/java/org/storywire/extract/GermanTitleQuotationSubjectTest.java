package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A title that is only a quotation, said by the subject of the teaser's first sentence when an attribute or an
 * apposition stands between that subject and its verb. Every text is invented.
 */
class GermanTitleQuotationSubjectTest {
    @Test
    void theNameInAnAppositionSignsTheTitle() {
        Statement s = about(extract("„Wir sind pleite“",
                "Der Kämmerer der Gemeinde Oberholz, Jan Lüders, hat eine Haushaltssperre verhängt."), "pleite");
        assertThat(s.speaker().canonical()).contains("Lüders");
    }

    @Test
    void aGenitiveAttributeBeforeTheVerbKeepsTheSubject() {
        Statement s = about(extract("„Das Werk bleibt offen“", "Der Chef des Reifenherstellers Vorra hat Gerüchte über eine Schließung zurückgewiesen."),
                "Werk bleibt");
        assertThat(s.speaker().mention()).contains("Chef");
    }

    @Test
    void aThingAsTheSubjectSignsNothing() {
        assertThat(extract("„Das Werk bleibt offen“", "Die Zukunft des Reifenwerks in Vorra war lange unklar."))
                .noneMatch(s -> s.sentenceText().contains("Werk bleibt") && s.speaker() != null);
    }
}
