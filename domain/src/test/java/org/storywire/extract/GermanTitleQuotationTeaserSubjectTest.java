package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A title that is only a quotation is said by the subject of the teaser's first sentence, also when attributes stand
 * inside that subject before its verb or when the subject stands inverted at the clause's end; a quotation that names
 * that subject addresses it. Every text is written for this test.
 */
class GermanTitleQuotationTeaserSubjectTest {
    @Test
    void aSubjectWithAPrepositionalAttributeBeforeItsVerbSaidIt() {
        Statement s = about(extract("„Ich habe korrekt gehandelt“",
                "Der wegen Bestechung angeklagte Ex-Bürgermeister Lutz Henning hat sich vor Gericht erstmals geäußert."), "korrekt gehandelt");
        assertThat(s.speaker().mention()).contains("Henning");
    }

    @Test
    void anInvertedSubjectClosingTheClauseSaidIt() {
        Statement s = about(extract("„Das ist ein Angriff auf die Lehrkräfte“",
                "Harte Worte für die Pläne des Kultusministeriums findet der Philologenverband."), "Angriff");
        assertThat(s.speaker().mention()).isEqualTo("der Philologenverband");
    }

    @Test
    void aNarratingTeaserGivesNoSpeaker() {
        assertThat(extract("„Der Abend ist gelaufen“", "Im Saal herrscht Stille nach dem Urteil in Wellburg."))
                .noneMatch(s -> s.sentenceText().contains("Abend"));
    }

    @Test
    void aQuotationAddressingTheSubjectIsAQuestionPutToIt() {
        assertThat(extract("„Frau Lindner, wann kommt die neue Brücke?“",
                "Im Gespräch erklärt die Landrätin Petra Lindner, warum sich der Bau verzögert."))
                .noneMatch(s -> s.sentenceText().contains("wann kommt"));
    }
}
