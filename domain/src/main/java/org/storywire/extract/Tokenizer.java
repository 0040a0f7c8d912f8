package org.storywire.extract;

/**
 * How the document model ({@link TextModel}) cuts text into tokens; the steps after extraction read
 * those tokens through the article's {@link Document}, not by cutting again: a word is a run of letters and digits with the
 * hyphens, apostrophes, dots and ampersands inside it ("US-Präsident", "Clinton’s", "U.S", "ver.di",
 * "AT&T"); anything else but white space is a token of one character.
 */
final class Tokenizer {
    private Tokenizer() {}

    /**
     * The end of the token that starts at {@code begin} (not white space) in text cut at {@code end}.
     * With {@code doubleApostropheQuotes}, two apostrophes are one token, read like a quotation mark.
     */
    static int tokenEnd(String text, int begin, int end, boolean doubleApostropheQuotes) {
        char c = text.charAt(begin);
        int j = begin + 1;
        if (doubleApostropheQuotes && c == '\'' && j < end && text.charAt(j) == '\'') {
            // "later,''' he said": behind a word, the first of three closes the inner quotation, the other two the outer one
            boolean closesThree = j + 1 < end && text.charAt(j + 1) == '\'' && begin > 0 && !Character.isWhitespace(text.charAt(begin - 1));
            return closesThree ? j : j + 1;
        }
        if (Character.isLetterOrDigit(c)) {
            while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || joiner(text, j, end))) j++;
        }
        return j;
    }

    /** Hyphens, apostrophes, ampersands and dots inside a word keep it one token; so do a number's separators. */
    private static boolean joiner(String text, int j, int end) {
        char c = text.charAt(j);
        // "2,000 jobs", "8,5 Prozent", "3.5 percent": a comma or dot between digits is no clause break
        if ((c == ',' || c == '.') && Character.isDigit(text.charAt(j - 1)) && j + 1 < end && Character.isDigit(text.charAt(j + 1))) return true;
        if (c != '-' && c != '\'' && c != '’' && c != '.' && c != '&') return false;
        if (j + 1 >= end || !Character.isLetterOrDigit(text.charAt(j + 1))) return false;
        // a name or web address written with a dot ("ver.di", "RT.com") or an abbreviation of letters each with its
        // full stop ("U.S.", "z.B."); not a number ("3.5") nor a missing space ("DNA.The")
        if (c == '.') return Character.isLetter(text.charAt(j - 1)) && (Character.isLowerCase(text.charAt(j + 1))
                || Character.isLetter(text.charAt(j + 1)) && j + 2 < end && text.charAt(j + 2) == '.');
        return true;
    }
}
