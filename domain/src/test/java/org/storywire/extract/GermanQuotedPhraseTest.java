package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.quoted;

import org.junit.jupiter.api.Test;

/**
 * A quotation inside the phrase a German reporting verb governs ("forderte einen „fairen Umgang“ in der Krise") is
 * part of what was said: the clause is one statement, which carries the quotation inside it. Every text is written for this test.
 */
class GermanQuotedPhraseTest {
    @Test
    void aQuotationBehindAnArticleIsQuotedInsideTheClauseThatWasSaid() {
        String text = "Die Gewerkschaft forderte einen „fairen Umgang mit den Beschäftigten“ in der Krise.";
        assertThat(extract(text)).singleElement().satisfies(s -> {
            assertThat(content(s, text)).isEqualTo("einen „fairen Umgang mit den Beschäftigten“ in der Krise");
            assertThat(quoted(s, text)).containsExactly("„fairen Umgang mit den Beschäftigten“");
        });
    }

    @Test
    void aQuotationBehindAPrepositionToo() {
        String text = "Der Deichverband berichtete von „schweren Schäden an den Dämmen“ nach dem Sturm.";
        assertThat(extract(text)).singleElement().satisfies(s -> {
            assertThat(content(s, text)).isEqualTo("von „schweren Schäden an den Dämmen“ nach dem Sturm");
            assertThat(quoted(s, text)).containsExactly("„schweren Schäden an den Dämmen“");
        });
    }

    @Test
    void aQuotedJudgementOfAnObjectOrBehindAlsIsTheStatementItself() {
        String named = "Der Bürgermeister nannte den Plan „unausgegoren“.";
        assertThat(extract(named)).singleElement().satisfies(s -> assertThat(content(s, named)).isEqualTo("„unausgegoren“"));

        String als = "Die Ministerin bezeichnete den Streik als „unverhältnismäßig“.";
        assertThat(extract(als)).singleElement().satisfies(s -> assertThat(content(s, als)).isEqualTo("„unverhältnismäßig“"));
    }
}
