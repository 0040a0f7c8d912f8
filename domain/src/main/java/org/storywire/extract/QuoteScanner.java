package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quotations in a paragraph, reading the three families of marks („…“ “…” "…",
 * »…« «…», and single marks inside them) with a small stack, so nested quotes stay inside their
 * outer quote. Linear in the paragraph; an unclosed quote runs to the paragraph's end, as in
 * quotations that continue over paragraphs.
 */
final class QuoteScanner {
    private static final int MAX_DEPTH = 8;

    private QuoteScanner() {}

    /** Stands on the stack for two apostrophes used as one double mark (''...''). */
    private static final char DOUBLE_APOSTROPHE = '\u0000';

    /** Half-open [begin, end) spans, marks included, in the coordinates of {@code text}. */
    static List<int[]> topLevel(String text, int from, int to) {
        return topLevel(text, from, to, false);
    }

    /**
     * As {@link #topLevel(String, int, int)}; with {@code doubleApostrophes} (English text), two apostrophes are
     * one double quotation mark, as some English archives write them (''This is no reform,'' he said),
     * and single marks may quote outside a quote, as English headlines do ({@link #singleOpens}).
     */
    static List<int[]> topLevel(String text, int from, int to, boolean doubleApostrophes) {
        List<int[]> spans = new ArrayList<>();
        char[] stack = new char[MAX_DEPTH];
        int depth = 0;
        int openedAt = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (doubleApostrophes && c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
                if (depth > 0 && stack[depth - 1] == DOUBLE_APOSTROPHE) {
                    // ''... 'We will stay,''' he said: a single mark closes the inner quotation right before the double one
                    if (i + 2 < to && text.charAt(i + 2) == '\'') i++;
                    depth--;
                    if (depth == 0) spans.add(new int[] {openedAt, i + 2});
                } else if (depth < MAX_DEPTH) {
                    if (depth == 0) openedAt = i;
                    stack[depth++] = DOUBLE_APOSTROPHE;
                }
                i++;
                continue;
            }
            if (doubleApostrophes && depth == 0 && singleOpens(c, text, i, from)) {
                int close = singleClose(text, i + 1, to);
                if (close > 0) {
                    spans.add(new int[] {i, close + 1});
                    i = close;
                    continue;
                }
            }
            // “He told me, ‘You are late,'” she said: a straight mark closes a curly single one right before the outer mark closes
            if (c == '\'' && depth > 1 && stack[depth - 1] == '‘' && i + 1 < to && closes(stack[depth - 2], text.charAt(i + 1), text, i + 1, to)) {
                depth--;
                continue;
            }
            if (!isMark(c)) continue;
            if (depth > 0 && closes(stack[depth - 1], c, text, i, to)) {
                depth--;
                if (depth == 0) spans.add(new int[] {openedAt, i + 1});
                continue;
            }
            if (opens(c, depth, text, i, from) && depth < MAX_DEPTH) {
                if (depth == 0) openedAt = i;
                stack[depth++] = c;
            }
        }
        if (depth > 0 && to - openedAt > 1) spans.add(new int[] {openedAt, to});
        return spans;
    }

    private static boolean isMark(char c) {
        return switch (c) {
            case '„', '“', '”', '"', '»', '«', '‚', '‘', '’', '›', '‹' -> true;
            default -> false;
        };
    }

    private static boolean closes(char opener, char c, String text, int i, int to) {
        return switch (opener) {
            case '„' -> c == '“' || c == '”' || c == '"';
            // a straight mark closing a curly one, or the reverse ("We will stay,” she said): a closing '”' opens nothing,
            // and a straight mark behind a word with no letter after it opens nothing either
            case '“' -> c == '”' || c == '“' && !letterAt(text, i + 1, to) || c == '"' && closesAfterWord(text, i, to);
            case '"' -> c == '"' || c == '”';
            case '»' -> c == '«';
            case '«' -> c == '»';
            case '‚' -> c == '‘' || c == '’';
            case '‘' -> c == '’' && !letterAt(text, i + 1, to); // not the apostrophe in "Clinton’s"
            case '›' -> c == '‹';
            case '‹' -> c == '›';
            default -> false;
        };
    }

    private static boolean opens(char c, int depth, String text, int i, int from) {
        return switch (c) {
            case '„', '“', '"', '»', '«' -> true;
            // single marks double as apostrophes: only inside a quote, after a space or bracket
            case '‚', '‘', '›', '‹' -> depth > 0 && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)));
            default -> false;
        };
    }

    /**
     * "'We will not back down', says union chief": headlines and some outlets quote with single
     * marks. Outside a quote one opens only at the paragraph's start or after a space or bracket,
     * before a capital letter (an apostrophe stands inside or after a word: "workers' union", "'90s"),
     * and only where a closing mark follows in the paragraph (see {@link #singleClose}).
     */
    private static boolean singleOpens(char c, String text, int i, int from) {
        if (c != '\'' && c != '‘') return false;
        boolean opensHere = i == from || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        return opensHere && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
    }

    /** The closing single mark after {@code from}: right behind a word or punctuation, no letter after it; or -1. */
    private static int singleClose(String text, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            char c = text.charAt(k);
            if ((c == '\'' || c == '’') && !Character.isWhitespace(text.charAt(k - 1)) && !letterAt(text, k + 1, to)) return k;
        }
        return -1;
    }

    /** A straight mark right behind a word or punctuation, with no letter after it, closes: "ready," she said. */
    private static boolean closesAfterWord(String text, int i, int to) {
        return i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && !letterAt(text, i + 1, to);
    }

    private static boolean letterAt(String text, int i, int to) {
        return i < to && Character.isLetter(text.charAt(i));
    }
}
