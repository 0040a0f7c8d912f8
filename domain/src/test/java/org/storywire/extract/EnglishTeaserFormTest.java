package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Forms short English news leans on: common-noun subjects the dictionary does not know, denials said as non-existence. Sentences written for this test. */
class EnglishTeaserFormTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aCompoundSubjectWithAWordTheDictionaryLacksIsTheSpeaker() {
        List<Statement> found = english.extract("The autoworkers union said it had asked Marrow Freight for a meeting.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("The autoworkers union");
    }

    @Test
    void suchPlansDoNotExistIsADenial() {
        List<Statement> found = english.extract("\"Such plans do not exist,\" a spokeswoman for Marrow Freight said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aHeadlineLabelledAsAReportIsReportedByTheReport() {
        Statement s = EnglishExtraction.about(english.extract("Report: Corvel Bank to cut 1,200 jobs\n\nThe lender employs 9,000 people."), "Corvel");
        assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(s.speaker().mention()).isEqualTo("Report");
        assertThat(english.content(s)).isEqualTo("Corvel Bank to cut 1,200 jobs");
    }
}
