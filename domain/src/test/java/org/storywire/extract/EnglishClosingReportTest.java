package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "..., the newspaper Harbour Post reported": a closing report whose subject is a name behind a role takes the clause
 * before its comma, a learned phrase cue inside that clause included. Sentences written for this test.
 */
class EnglishClosingReportTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aClosingReportBehindARoleAndANameTakesTheClauseWithItsPhraseCue() {
        Statement s = single(english.extract("The carmaker Halvor endorsed a takeover of the pier operator, the newspaper Harbour Post reported on Monday."));
        assertThat(s.cue()).isEqualTo("reported");
        assertThat(s.speaker().mention()).isEqualTo("Harbour Post");
        assertThat(english.content(s)).startsWith("The carmaker Halvor endorsed a takeover");
    }

    @Test
    void aParticipleAfterTheClosingReportAddsToTheReport() {
        Statement s = single(english.extract("The carmaker Halvor endorsed a takeover of the pier operator, the newspaper Harbour Post reported on Monday, citing two people familiar with the talks."));
        assertThat(s.cue()).isEqualTo("reported");
        assertThat(english.content(s)).contains("endorsed a takeover of the pier operator");
    }

    private static Statement single(List<Statement> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
