package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "..., the newspaper Harbour Post reported": a closing report whose subject is a name behind a role takes the clause
 * before its comma, a learned phrase cue inside that clause included; so does a closing "according to", a preposition and
 * no participle after the comma. Sentences written for this test.
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
    void aParticipleAfterTheClosingReportIsAStatementOfTheReportsSource() {
        List<Statement> found = english.extract("The carmaker Halvor endorsed a takeover of the pier operator, the newspaper Harbour Post reported on Monday, citing two people familiar with the talks.");
        assertThat(found).hasSize(2);
        Statement report = english.withCue(found, "reported");
        assertThat(report.speaker().mention()).isEqualTo("Harbour Post");
        assertThat(english.content(report)).contains("endorsed a takeover of the pier operator");
        Statement citing = english.withCue(found, "citing");
        assertThat(english.content(citing)).isEqualTo("two people familiar with the talks");
        assertThat(citing.speaker().mention()).isEqualTo("Harbour Post");
    }

    @Test
    void aClosingAccordingToIsNoParticipleAndCreditsItsSourceWithTheClause() {
        Statement s = single(english.extract("The mayor told the crews that the quay was safe, according to an account she gave to the Harbour Times."));
        assertThat(s.cue()).isEqualTo("according to");
        assertThat(s.speaker().mention()).isEqualTo("an account she gave to the Harbour Times");
        assertThat(english.content(s)).isEqualTo("The mayor told the crews that the quay was safe");
    }

    private static Statement single(List<Statement> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
