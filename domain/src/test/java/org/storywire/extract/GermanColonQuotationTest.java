package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quotation of several sentences behind a colon in German reported speech: the said part ends at the colon and the
 * whole quotation is a statement of its own; behind words that only frame it, it is the statement's content. Every
 * text is written for this test.
 */
class GermanColonQuotationTest {
    @Test
    void theSaidPartEndsAtTheColonAndTheWholeQuotationIsItsOwnStatement() {
        String text = "Die Trainerin Jana Weber glaubt, dass die Mannschaft gestärkt aus der Krise hervorgegangen sei: "
                + "„Wir haben gelernt, bescheidener zu sein. Es genügt wenig, um zu scheitern.“";
        List<String> contents = extract(text).stream().map(s -> content(s, text)).toList();
        assertThat(contents).containsExactly("dass die Mannschaft gestärkt aus der Krise hervorgegangen sei",
                "„Wir haben gelernt, bescheidener zu sein. Es genügt wenig, um zu scheitern.“");
        assertThat(extract(text).get(1).speaker().mention()).isEqualTo("Die Trainerin Jana Weber");
    }

    @Test
    void aCueBehindTheQuotationTakesItWithItsOwnSpeaker() {
        String text = "Auch der Verein sagte, dass es keine Niederlage gegeben habe: „Wir wussten, dass es schwer wird. Ich bin zufrieden“, "
                + "meinte der Trainer Paul Kern.";
        List<Statement> quoted = extract(text).stream().filter(s -> content(s, text).startsWith("„Wir wussten")).toList();
        assertThat(quoted).hasSize(1);
        assertThat(quoted.get(0).speaker().mention()).isEqualTo("der Trainer Paul Kern");
    }

    @Test
    void behindFramingWordsTheWholeQuotationIsTheContent() {
        String text = "In der Fraktionssitzung sagte die Ministerin einigen Teilnehmern zufolge: "
                + "„Der Kollege war ein Stabilisator. Er stand für die Vernunft.“";
        List<String> contents = extract(text).stream().map(s -> content(s, text)).toList();
        assertThat(contents).containsExactly("„Der Kollege war ein Stabilisator. Er stand für die Vernunft.“");
    }
}
