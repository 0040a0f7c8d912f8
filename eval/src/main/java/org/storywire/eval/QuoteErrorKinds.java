package org.storywire.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * {@code eval quotes --verbose}: misses, false positives and wrong speakers grouped by kind, with
 * counts and a few examples each, so that the next person sees where the errors are. The kinds
 * are read off the text around each span (no gold beyond the spans is used):
 *
 * <ul>
 *   <li>missed: <i>boundary</i> (a statement overlaps the quote, but by less than half),
 *       <i>taken by another</i> (a statement covers it, but was matched to a different quote: two
 *       quotes in one statement), <i>colon</i> ("X said: ..."), <i>multi-sentence</i>,
 *       <i>quoted, nothing extracted</i>, <i>short content</i> (up to four words: "praised
 *       Trump"), <i>no statement in the sentence</i> (no cue, or a cue outside the lexicon);
 *   <li>false positive: <i>quoted title or name</i>, <i>no cue (run-on or bare quote)</i>,
 *       <i>reported ("laut", "according to")</i>, <i>inside a gold quote (split)</i>,
 *       <i>no speaker</i>, <i>not speech (cue verb)</i>;
 *   <li>wrong speaker: <i>none found</i>, <i>pronoun</i>, <i>other mention</i>.
 * </ul>
 */
final class QuoteErrorKinds {
    private static final int EXAMPLES = Integer.getInteger("storywire.examples", 3);
    private static final Set<String> TITLE_ABBREVIATIONS = Lexicon.words("title-abbreviations.txt");

    private final Map<String, Map<String, List<String>>> groups = new LinkedHashMap<>();

    void add(QuotesEvaluation.Document doc, QuotesEvaluation.DocumentScore score, List<QuotesEvaluation.Predicted> predicted) {
        String text = doc.text();
        for (QuotesEvaluation.GoldQuote q : score.missed()) {
            int[] r = q.quote().ranges().get(0);
            int end = q.quote().ranges().get(q.quote().ranges().size() - 1)[1];
            note("missed", missKind(text, r[0], end, q, predicted, score), doc.name(), text.substring(r[0], end));
        }
        for (QuotesEvaluation.Predicted p : score.unmatched()) {
            note("false positive", falsePositiveKind(text, p, doc), doc.name(), p.label() + "  " + text.substring(p.contentBegin(), p.contentEnd()));
        }
        for (QuotesEvaluation.Predicted p : score.wrongSpeaker()) {
            String kind = !p.hasSpeaker() ? "none found"
                    : isPronoun(text.substring(p.speakerBegin(), p.speakerEnd())) ? "pronoun" : "other mention";
            note("wrong speaker", kind, doc.name(), p.label() + "  " + text.substring(p.contentBegin(), p.contentEnd()));
        }
    }

    private static String missKind(String text, int begin, int end, QuotesEvaluation.GoldQuote q, List<QuotesEvaluation.Predicted> predicted,
                                   QuotesEvaluation.DocumentScore score) {
        boolean overlapped = false;
        boolean covered = false;
        for (QuotesEvaluation.Predicted p : predicted) {
            int inter = q.quote().intersection(p.contentBegin(), p.contentEnd());
            if (inter > 0) overlapped = true;
            int shorter = Math.min(q.quote().length(), p.contentEnd() - p.contentBegin());
            if (shorter > 0 && inter * 2 >= shorter) covered = true;
        }
        if (covered) return "taken by another (two quotes in one statement)";
        if (overlapped) return "boundary (overlap under half)";
        int lineStart = text.lastIndexOf('\n', Math.max(0, begin - 1)) + 1;
        String before = text.substring(Math.max(lineStart, begin - 3), begin).strip();
        if (before.endsWith(":") || before.endsWith(":\"") || before.endsWith(": „") || before.endsWith(":„")) return "colon";
        if (sentenceBreakInside(text, begin, end)) return "multi-sentence";
        char first = text.charAt(begin);
        if ("„“\"»«‘".indexOf(first) >= 0) return "quoted, nothing extracted";
        if (words(text.substring(begin, end)) <= 4) return "short content (<= 4 words)";
        return "no statement in the sentence (no cue, or cue outside the lexicon)";
    }

    private static String falsePositiveKind(String text, QuotesEvaluation.Predicted p, QuotesEvaluation.Document doc) {
        String content = text.substring(p.contentBegin(), p.contentEnd());
        for (QuotesEvaluation.GoldQuote q : doc.quotes()) {
            if (q.quote().intersection(p.contentBegin(), p.contentEnd()) > 0) return "inside or beside a gold quote (split or duplicate)";
        }
        if (content.length() > 1 && "„“\"»«".indexOf(content.charAt(0)) >= 0 && words(content) <= 6 && capitalisedShare(content) >= 0.5) return "quoted title or name";
        if (p.label().contains("cue= ") || p.label().endsWith("cue=")) return "no cue (run-on or bare quote)";
        if (p.label().contains("REPORTED") || p.label().contains("ANONYMOUS_SOURCES")) return "reported (laut, according to, soll)";
        if (!p.hasSpeaker()) return "no speaker";
        return "not speech (cue verb)";
    }

    static boolean sentenceBreakInside(String text, int begin, int end) {
        for (int i = begin + 1; i + 2 < end; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1)) && Character.isUpperCase(text.charAt(i + 2))
                    && !(c == '.' && abbreviationBefore(text, i))) return true;
        }
        return false;
    }

    /** "Sen. Hale", "the U.S. Senate", "John F. Kerry": the dot ends a title, an initial or a letter abbreviation, not a sentence. */
    private static boolean abbreviationBefore(String text, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
        String word = text.substring(w, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && TITLE_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isPronoun(String mention) {
        return List.of("er", "sie", "ich", "wir", "he", "she", "they", "i", "we", "it", "es").contains(mention.toLowerCase(Locale.ROOT).strip());
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) n++;
            in = letter;
        }
        return n;
    }

    private static double capitalisedShare(String s) {
        int words = 0, caps = 0;
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) caps++;
        }
        return words == 0 ? 0 : (double) caps / words;
    }

    private void note(String group, String kind, String doc, String example) {
        List<String> list = groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>());
        list.add(doc.length() > 12 ? doc.substring(0, 12) : doc);
        list.add(ReportFormat.abbreviate(example));
    }

    void print(PrintStream out) {
        out.println();
        out.println("errors by kind:");
        groups.forEach((group, kinds) -> {
            int total = kinds.values().stream().mapToInt(l -> l.size() / 2).sum();
            out.println(group + ": " + total);
            kinds.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).forEach(e -> {
                List<String> l = e.getValue();
                out.printf(Locale.ROOT, "  %5d  %s%n", l.size() / 2, e.getKey());
                for (int i = 0; i < Math.min(EXAMPLES, l.size() / 2); i++) out.println("           " + l.get(2 * i) + "  \"" + l.get(2 * i + 1) + "\"");
            });
        });
    }
}
