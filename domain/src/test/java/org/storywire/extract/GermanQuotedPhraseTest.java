package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation inside the phrase a German reporting verb governs ("forderte einen „fairen Umgang“ in der Krise") is
 * part of what was said: the clause is one statement, the quotation inside it another. Every text is written for this test.
 */
class GermanQuotedPhraseTest {
    @Test
    void aQuotationBehindAnArticleIsQuotedInsideTheClauseThatWasSaid() {
        String text = "Die Gewerkschaft forderte einen „fairen Umgang mit den Beschäftigten“ in der Krise.";
        List<String> contents = extract(text).stream().map(s -> content(s, text)).toList();
        assertThat(contents).containsExactlyInAnyOrder("einen „fairen Umgang mit den Beschäftigten“ in der Krise",
                "„fairen Umgang mit den Beschäftigten“");
    }

    @Test
    void aQuotationBehindAPrepositionToo() {
        String text = "Der Deichverband berichtete von „schweren Schäden an den Dämmen“ nach dem Sturm.";
        List<String> contents = extract(text).stream().map(s -> content(s, text)).toList();
        assertThat(contents).containsExactlyInAnyOrder("von „schweren Schäden an den Dämmen“ nach dem Sturm", "„schweren Schäden an den Dämmen“");
    }

    @Test
    void aQuotedJudgementOfAnObjectOrBehindAlsIsTheStatementItself() {
        String named = "Der Bürgermeister nannte den Plan „unausgegoren“.";
        assertThat(extract(named)).singleElement().satisfies(s -> assertThat(content(s, named)).isEqualTo("„unausgegoren“"));

        String als = "Die Ministerin bezeichnete den Streik als „unverhältnismäßig“.";
        assertThat(extract(als)).singleElement().satisfies(s -> assertThat(content(s, als)).isEqualTo("„unverhältnismäßig“"));
    }
}
