package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;

/** Forms short English news leans on: common-noun subjects the dictionary does not know, denials said as non-existence. Sentences written for this test. */
class EnglishTeaserFormTest {
    private final StatementExtractor extractor = new StatementExtractor();

    private List<Statement> extract(String english) {
        return extractor.extract(new CleanArticle("e", "outlet", null, null, english, "en", Instant.parse("2023-05-12T10:00:00Z"), TimePrecision.DAY));
    }

    @Test
    void aCompoundSubjectWithAWordTheDictionaryLacksIsTheSpeaker() {
        List<Statement> found = extract("The autoworkers union said it had asked Marrow Freight for a meeting.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("The autoworkers union");
    }

    @Test
    void suchPlansDoNotExistIsADenial() {
        List<Statement> found = extract("\"Such plans do not exist,\" a spokeswoman for Marrow Freight said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).stance()).isEqualTo(Stance.DENIAL);
    }
}
