package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.quoted;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quoted phrase in a sentence of reported speech (a Konjunktiv I outside the quotation marks) is a statement of its
 * own, and the sentence around it another, as a cue's reported speech keeps its quotations. Every text is written for
 * this test.
 */
class GermanReportedPhraseTest {
    private static final String OPENING = "Auf der Versammlung in Kerbach gab es viel Unmut. ";

    @Test
    void konjunktivSentenceAroundAQuotedPhraseIsSaidToo() {
        String text = OPENING + "Die Wünsche der Anwohner würden übergangen, vielmehr betreibe der Stadtrat eine „Politik der leeren Versprechen“.";
        List<Statement> found = extract(text);
        // one statement, which carries the quoted phrase (QuotedFragments)
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(content(x, text)).isEqualTo("Die Wünsche der Anwohner würden übergangen, vielmehr betreibe der Stadtrat eine „Politik der leeren Versprechen“");
            assertThat(quoted(x, text)).containsExactly("„Politik der leeren Versprechen“");
            assertThat(x.attribution()).isEqualTo(Attribution.INDIRECT_SPEECH);
            assertThat(x.speaker().mention()).isEqualTo("der Stadtrat");
        });
    }

    @Test
    void oneSentenceStatementForTwoQuotedPhrases() {
        String text = OPENING + "Die Anwohner würden „übergangen“, vielmehr betreibe der Stadtrat eine „Politik der leeren Versprechen“.";
        assertThat(extract(text)).filteredOn(x -> x.attribution() != Attribution.DIRECT_QUOTE).hasSize(1);
    }

    @Test
    void indicativeSentenceKeepsOnlyItsQuotedPhrase() {
        // no article before the phrase: after one it would fill a noun phrase as a term ({@link QuotedName})
        String text = OPENING + "Die Wünsche der Anwohner werden übergangen, der Stadtrat betreibt nur noch „leere Versprechen“.";
        assertThat(extract(text)).extracting(x -> content(x, text)).containsExactly("„leere Versprechen“");
    }
}
