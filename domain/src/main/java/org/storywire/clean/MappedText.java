package org.storywire.clean;

import java.util.Arrays;

/**
 * A text derived from an original by deleting and inserting characters, with the original
 * offset of every derived character, so that spans found in the clean text can be reported in
 * the original's coordinates (the quotation corpora are scored on original offsets).
 */
public final class MappedText {
    private final String text;
    private final int[] toOriginal;
    private final int originalLength;

    private MappedText(String text, int[] toOriginal, int originalLength) {
        this.text = text;
        this.toOriginal = toOriginal;
        this.originalLength = originalLength;
    }

    public String text() { return text; }

    /** Original offset of a derived offset; {@code text().length()} maps to the original end. */
    public int toOriginal(int derivedOffset) {
        if (derivedOffset <= 0) return toOriginal.length == 0 ? 0 : toOriginal[0];
        if (derivedOffset >= toOriginal.length) return originalLength;
        return toOriginal[derivedOffset];
    }

    /** Original end offset of a derived half-open span ending at {@code derivedEnd}. */
    public int toOriginalEnd(int derivedEnd) {
        if (derivedEnd <= 0) return toOriginal(0);
        if (derivedEnd > toOriginal.length) return originalLength;
        return toOriginal[derivedEnd - 1] + 1;
    }

    /** Builds a derived text from pieces of the original and inserted characters. */
    static final class Builder {
        private final String original;
        private final StringBuilder text;
        private int[] map;

        Builder(String original) {
            this.original = original;
            this.text = new StringBuilder(original.length());
            this.map = new int[Math.max(16, original.length())];
        }

        /** Copies original characters; a no-break space becomes a plain one (the offsets stay). */
        Builder copy(int begin, int end) {
            for (int i = begin; i < end; i++) put(plainSpace(original.charAt(i)), i);
            return this;
        }

        /**
         * Web text sets "„...“&nbsp;sagte" and "5&nbsp;%" with no-break spaces, which Java's whitespace tests do not
         * count: a quotation closed before one would read as running on.
         */
        private static char plainSpace(char c) {
            return c == '\u00A0' || c == '\u202F' || c == '\u2007' ? ' ' : c;
        }

        /** Inserts a character that has no original; it maps to the original position given. */
        Builder insert(char c, int originalPosition) {
            put(c, originalPosition);
            return this;
        }

        int length() { return text.length(); }

        char charAt(int i) { return text.charAt(i); }

        private void put(char c, int originalIndex) {
            if (text.length() == map.length) map = Arrays.copyOf(map, map.length * 2);
            map[text.length()] = originalIndex;
            text.append(c);
        }

        MappedText build() {
            return new MappedText(text.toString(), Arrays.copyOf(map, text.length()), original.length());
        }
    }
}
