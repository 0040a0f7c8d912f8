package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storywire.analyse.EnglishDictionary;
import org.storywire.analyse.GermanDictionary;

/**
 * Sentence ends written without the space after them ("sagte der Papst.Der Vatikan", "said.The", "voters!”After"),
 * which the sentence detector reads as one sentence, so the second sentence's source would relay the first one's
 * quotation. Read by form: a word of two or more letters, its full stop, question or exclamation mark (and a closing
 * quotation mark), then a capitalised word the dictionary knows. A single letter before the stop is an initial or part
 * of an abbreviation ("J.R.", "z.B.", "R-N.Y."), a word after a dot inside it is one too ("U.S.A"), a digit or lower-case
 * letter after the stop makes a number or an address ("Nr.5", "web.de"), and a title abbreviation goes on with its
 * name ("Dr.Müller").
 */
final class MissingSpaceBreaks {
    private MissingSpaceBreaks() {}

    private static final String STOPS = ".?!";
    private static final String QUOTATION_MARKS = "“”\"»«";

    /**
     * Where the sentence [begin, end) of {@code text} is to be cut, in order: each an offset where the next sentence
     * starts. {@code quotes} are the paragraph's top-level quotations as [begin, end): a mark that closes one stays with
     * the sentence before the cut, one that opens one starts the next.
     */
    static List<Integer> cuts(String text, int begin, int end, List<int[]> quotes, boolean english) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = begin + 2; i < end - 2; i++) {
            if (STOPS.indexOf(text.charAt(i)) < 0 || !endsSentenceWord(text, begin, i)) continue;
            int next = i + 1;
            boolean mark = QUOTATION_MARKS.indexOf(text.charAt(next)) >= 0;
            int word = mark ? next + 1 : next;
            if (!opensKnownWord(text, word, end, english)) continue;
            cuts.add(mark && !closesQuotation(quotes, next) ? next : word);
        }
        return cuts;
    }

    /** The word ending at {@code stop}: two or more letters, not behind a dot, not a title abbreviation. */
    private static boolean endsSentenceWord(String text, int begin, int stop) {
        int w = stop;
        while (w > begin && Character.isLetter(text.charAt(w - 1))) w--;
        if (stop - w < 2) return false;
        if (w > begin && text.charAt(w - 1) == '.') return false;
        return !TextModel.TITLE_ABBREVIATIONS.contains(text.substring(w, stop).toLowerCase(Locale.ROOT));
    }

    /** A capitalised word with lower-case letters after its first ("Der", not "PDS" nor "D") that the dictionary knows. */
    private static boolean opensKnownWord(String text, int from, int end, boolean english) {
        if (from + 1 >= end || !Character.isUpperCase(text.charAt(from)) || !Character.isLowerCase(text.charAt(from + 1))) return false;
        int e = from + 1;
        while (e < end && Character.isLetter(text.charAt(e))) e++;
        String word = text.substring(from, e);
        if (!word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) return false;
        return english ? !EnglishDictionary.entries(word).isEmpty() || !EnglishDictionary.entries(word.toLowerCase(Locale.ROOT)).isEmpty()
                : GermanDictionary.isKnown(word);
    }

    private static boolean closesQuotation(List<int[]> quotes, int mark) {
        for (int[] q : quotes) if (q[1] - 1 == mark) return true;
        return false;
    }
}
