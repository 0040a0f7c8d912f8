package org.storywire.story;

/**
 * {@link NameWords#WORD}'s matches found by a scan of code points, without a matcher: a word starts at a letter or
 * number and runs on over letters, marks, numbers and apostrophes. For loops that read every word of a text but want
 * few of them (the capitalised ones): a lower-case word is stepped over without a regex's search or a string cut out.
 */
final class WordScan {

    private WordScan() {}

    /** Where the first word at or after {@code from} starts, -1 if none does. */
    static int start(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (opens(Character.getType(c))) return i;
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Where the word starting at {@code start} ends. */
    static int end(String text, int start) {
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!continues(c)) break;
            i += Character.charCount(c);
        }
        return i;
    }

    // \p{L} and \p{N}: the letter and number categories.
    private static boolean opens(int type) {
        return switch (type) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    // \p{L}, \p{M}, \p{N} and the two apostrophes.
    private static boolean continues(int c) {
        if (c == '\'' || c == '’') return true;
        int type = Character.getType(c);
        return opens(type) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
