package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "+++ Streik-Ticker +++ Gewerkschaft: Ausstand geht weiter +++": live tickers and news flashes set their items apart
 * with runs of plus signs, one item a segment, as other text sets them apart with line breaks. Each segment is read
 * as a line of its own, so a label opens its line and one item's statement does not run into the next.
 */
final class TickerMarks {
    /** "+++": fewer plus signs are arithmetic or a phone number's prefix. */
    private static final String MARK = "+++";

    private TickerMarks() {}

    /** The segments of the line [begin, end) between ticker marks, as [begin, end) pairs; the line itself when it has none. */
    static List<int[]> segments(String text, int begin, int end) {
        int mark = text.indexOf(MARK, begin);
        if (mark < 0 || mark >= end) return List.of(new int[] {begin, end});
        List<int[]> segments = new ArrayList<>();
        int from = begin;
        while (mark >= 0 && mark < end) {
            add(segments, text, from, mark);
            int after = mark;
            while (after < end && text.charAt(after) == '+') after++;
            from = after;
            mark = text.indexOf(MARK, from);
        }
        add(segments, text, from, end);
        return segments;
    }

    /** [from, to) without the spaces around it, when anything is left. */
    private static void add(List<int[]> segments, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (to > from) segments.add(new int[] {from, to});
    }
}
