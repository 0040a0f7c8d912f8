package org.storywire.extract;

import java.util.Locale;

/**
 * A word or punctuation character of a {@link Document}'s text, with its offsets there; {@code word} when it starts
 * with a letter or digit, {@code quoted} when inside a top-level quotation.
 */
public record Token(String text, String lower, int begin, int end, boolean word, boolean capitalised, boolean quoted) {
    static Token of(String text, int begin, int end, boolean quoted) {
        char first = text.charAt(0);
        boolean word = Character.isLetterOrDigit(first);
        return new Token(text, text.toLowerCase(Locale.ROOT), begin, end, word, Character.isUpperCase(first) || capitalisedHead(text), quoted);
    }

    /**
     * "dpa-Meldung", "verdi-Chef", "al-Dschasira": a compound is the noun (or name) its last part is, however its first part
     * is written; a lowercase letter part before a capitalised one makes a noun, not a lowercase word.
     */
    private static boolean capitalisedHead(String text) {
        int hyphen = text.indexOf('-');
        if (hyphen < 1 || hyphen + 1 >= text.length() || !Character.isUpperCase(text.charAt(hyphen + 1))) return false;
        for (int k = 0; k < hyphen; k++) if (!Character.isLetter(text.charAt(k)) && text.charAt(k) != '.') return false;
        return true;
    }

    boolean is(String lowerForm) { return lower.equals(lowerForm); }

    boolean isPunct(char c) { return !word && text.length() == 1 && text.charAt(0) == c; }

    /** "Trump's", "the bank’s": an English possessive in 's, glued to its word. */
    boolean possessive() { return lower.endsWith("'s") || lower.endsWith("’s"); }

    /** "WHO", "IT": two or more letters, all capitals. A loop, not a stream: asked of every token by the stop-word test. */
    boolean acronym() {
        if (text.length() < 2) return false;
        for (int i = 0; i < text.length(); i++) if (!Character.isUpperCase(text.charAt(i))) return false;
        return true;
    }
}
