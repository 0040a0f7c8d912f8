package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {
    private static List<String> quotes(String text) {
        return QuoteScanner.topLevel(text, 0, text.length()).stream().map(q -> text.substring(q[0], q[1])).toList();
    }

    @Test
    void readsTheThreeFamiliesOfMarks() {
        assertThat(quotes("Er sagte „ja“ und sie \"nein\" und es »vielleicht«.")).containsExactly("„ja“", "\"nein\"", "»vielleicht«");
        assertThat(quotes("She said “yes” today.")).containsExactly("“yes”");
    }

    @Test
    void keepsNestedQuotesInsideTheOuterOne() {
        assertThat(quotes("„Er nannte es ‚Unsinn‘, sagte sie“, hieß es.")).containsExactly("„Er nannte es ‚Unsinn‘, sagte sie“");
        assertThat(quotes("“He called it ‘nonsense’ twice,” she said.")).containsExactly("“He called it ‘nonsense’ twice,”");
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(quotes("Clinton’s aide said it was fine.")).isEmpty();
    }

    @Test
    void anUnclosedQuoteRunsToTheEndOfTheParagraph() {
        assertThat(quotes("Sie sagte: „Wir machen weiter. Immer")).containsExactly("„Wir machen weiter. Immer");
    }

    @Test
    void twoApostrophesAreOneDoubleMarkOnlyWhereAsked() {
        String text = "''The quay is safe,'' he said, and the ''Harbour Star'' agreed.";
        assertThat(QuoteScanner.topLevel(text, 0, text.length(), true).stream().map(q -> text.substring(q[0], q[1])).toList())
                .containsExactly("''The quay is safe,''", "''Harbour Star''");
        assertThat(quotes(text)).isEmpty();
    }

    @Test
    void englishSingleMarksQuoteOutsideAQuoteOnlyBeforeACapitalAndWithTheirClosingMark() {
        assertThat(englishQuotes("'We stay here', says the chief of the dockers' union.")).containsExactly("'We stay here'");
        assertThat(englishQuotes("‘We stay here’, she said.")).containsExactly("‘We stay here’");
        // apostrophes after a word, before a lower-case word or without a closing mark quote nothing
        assertThat(englishQuotes("The dockers' union backs the 'smart' meter in the '90s.")).isEmpty();
        assertThat(englishQuotes("'Tis the season, he wrote.")).isEmpty();
        // German text keeps single marks for quotes inside quotes
        assertThat(quotes("'Wir bleiben', sagte sie.")).isEmpty();
    }

    @Test
    void aStraightMarkClosesTheInnerQuoteRightBeforeTheOuterOneCloses() {
        assertThat(englishQuotes("“He told me, ‘You are late,'” she said. The ferry left at noon.")).containsExactly("“He told me, ‘You are late,'”");
        String text = "''Voters will not accept 'We will fix it later,''' said Ada Pike. The ferry left.";
        assertThat(englishQuotes(text)).containsExactly("''Voters will not accept 'We will fix it later,'''");
    }

    @Test
    void aStraightAndACurlyMarkMakeOnePair() {
        assertThat(quotes("\"We will stay,” Ada Pike said, and left.")).containsExactly("\"We will stay,”");
        assertThat(quotes("“We will stay,\" Ada Pike said, and left.")).containsExactly("“We will stay,\"");
        // a straight mark before a word inside a curly quote opens a quote of its own
        assertThat(quotes("“He said \"never\" twice,” she said.")).containsExactly("“He said \"never\" twice,”");
    }

    private static List<String> englishQuotes(String text) {
        return QuoteScanner.topLevel(text, 0, text.length(), true).stream().map(q -> text.substring(q[0], q[1])).toList();
    }
}
