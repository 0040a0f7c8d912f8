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
     * As {@link #topLevel(String, int, int)}; with {@code doubleApostrophes}, two apostrophes are
     * one double quotation mark, as some English archives write them (''This is no reform,'' he said).
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
                    depth--;
                    if (depth == 0) spans.add(new int[] {openedAt, i + 2});
                } else if (depth < MAX_DEPTH) {
                    if (depth == 0) openedAt = i;
                    stack[depth++] = DOUBLE_APOSTROPHE;
                }
                i++;
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
            case '“' -> c == '”' || (c == '“' && !letterAt(text, i + 1, to));
            case '"' -> c == '"';
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

    private static boolean letterAt(String text, int i, int to) {
        return i < to && Character.isLetter(text.charAt(i));
    }
}
