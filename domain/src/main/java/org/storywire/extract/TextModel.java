package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.storywire.clean.Lexicon;
import org.storywire.clean.MonthNames;

/**
 * The layers of a clean text that extraction reads: paragraphs (lines, and a ticker's items between "+++" marks:
 * {@link TickerMarks}), sentences (OpenNLP's
 * German sentence detector, cheap), top-level quotations, and tokens ({@link Tokenizer}, a plain
 * scanner: OpenNLP's tokenizer costs 40 times the sentence detector and buys nothing for the
 * patterns used here).
 */
final class TextModel {
    record Sentence(int index, int begin, int end, int paragraph, int firstToken, int endToken) {}

    /** Longest paragraph handed to the sentence detector; longer ones are cut at spaces first. */
    private static final int MAX_CHUNK = 4000;
    /** Longer "sentences" (tables, garbage) are cut, which keeps the per-sentence work bounded. */
    static final int MAX_SENTENCE_TOKENS = 200;

    final String text;
    final List<Token> tokens = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    final List<int[]> quotes = new ArrayList<>();
    /** Each line that is not blank, as [begin, end) of {@code text}, in order; its index is a sentence's {@code paragraph}. */
    final List<int[]> paragraphs = new ArrayList<>();

    /**
     * English text: its archives write quotation marks as two apostrophes (''...''), where German wiki text uses
     * them for emphasis, and a quote after a naming verb is what was said ({@link #namedByVerb}).
     */
    private final boolean english;
    /** "called the plan “Harbour Folly”": English verbs that name what their object is (lemmas), read by CueFinder too. */
    static final java.util.Set<String> NAMING_VERBS_EN = Lexicon.words("naming-verbs-en.txt");
    /** The verb stands at most this many words before the quote: "dubbed the new harbour master “...”". */
    private static final int NAMED_OBJECT_WORDS = 5;
    /** A headline label before a quotation: a name with its role or party and a topic ("SPÖ-Chef Wimmer über Neuwahlen"). */
    private static final int MAX_LINE_LABEL_WORDS = 6;
    private static final java.util.Set<String> ARTICLES_EN = java.util.Set.of("the", "a", "an");
    private static final Morphology MORPH = new Morphology();

    TextModel(String text, SentenceDetectorME detector) {
        this(text, detector, false);
    }

    TextModel(String text, SentenceDetectorME detector, boolean english) {
        this.text = text;
        this.english = english;
        // One step a line, not a character: a loop over every character of the article made the JIT compile this
        // constructor on the stack, with all it calls inlined, and again whenever a rare branch was first taken.
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            for (int[] line : TickerMarks.segments(text, start, end)) {
                if (line[1] > line[0] && !text.substring(line[0], line[1]).isBlank()) {
                    paragraphs.add(line);
                    addParagraph(line[0], line[1], paragraphs.size() - 1, detector);
                }
            }
            start = end + 1;
        }
    }

    private void addParagraph(int begin, int end, int paragraph, SentenceDetectorME detector) {
        List<int[]> paragraphQuotes = new ArrayList<>();
        for (int[] q : QuoteScanner.topLevel(text, begin, end, english)) if (!isQuotedName(q)) paragraphQuotes.add(q);
        quotes.addAll(paragraphQuotes);
        for (int chunkBegin = begin; chunkBegin < end; ) {
            int chunkEnd = chunkEnd(chunkBegin, end);
            addChunk(chunkBegin, chunkEnd, paragraph, paragraphQuotes, detector);
            chunkBegin = chunkEnd;
        }
    }

    /** The sentences the detector finds in [chunkBegin, chunkEnd) of a paragraph, with their tokens. */
    private void addChunk(int chunkBegin, int chunkEnd, int paragraph, List<int[]> paragraphQuotes, SentenceDetectorME detector) {
        opennlp.tools.util.Span[] spans = detector.sentPosDetect(text.substring(chunkBegin, chunkEnd));
        for (int k = 0; k < spans.length; k++) {
            int sb = chunkBegin + spans[k].getStart();
            int se = chunkBegin + spans[k].getEnd();
            // "am Donnerstag (7. November) an.": an ordinal or a lower-case start is no sentence break
            while (k + 1 < spans.length && continuesSentence(se, chunkBegin + spans[k + 1].getStart())) se = chunkBegin + spans[++k].getEnd();
            while (sb < se && Character.isWhitespace(text.charAt(sb))) sb++;
            while (se > sb && Character.isWhitespace(text.charAt(se - 1))) se--;
            if (se > sb) addSentences(sb, se, paragraph, paragraphQuotes);
        }
    }

    /** The detector's sentence [begin, end), cut where a sentence end lacks its space ({@link MissingSpaceBreaks}). */
    private void addSentences(int begin, int end, int paragraph, List<int[]> paragraphQuotes) {
        for (int cut : MissingSpaceBreaks.cuts(text, begin, end, paragraphQuotes, english)) {
            addSentence(begin, cut, paragraph, paragraphQuotes);
            begin = cut;
        }
        addSentence(begin, end, paragraph, paragraphQuotes);
    }

    private static final java.util.regex.Pattern MONTH_START = java.util.regex.Pattern.compile(
            "(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\b.*", java.util.regex.Pattern.DOTALL);

    private boolean continuesSentence(int previousEnd, int nextStart) {
        int e = previousEnd;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
        int n = nextStart;
        while (n < text.length() && Character.isWhitespace(text.charAt(n))) n++;
        if (n >= text.length()) return false;
        if (Character.isLowerCase(text.charAt(n))) return true;
        if (endsWithAbbreviation(e)) return true;
        if (Character.isDigit(text.charAt(n)) && endsWithMonthAbbreviation(e)) return true;
        boolean ordinal = e >= 2 && text.charAt(e - 1) == '.' && Character.isDigit(text.charAt(e - 2));
        if (ordinal && !english && articleBeforeNumber(e - 2)) return true;
        return ordinal && MONTH_START.matcher(text.subSequence(n, Math.min(text.length(), n + 12))).matches();
    }

    /** German articles and contracted prepositions ("der", "seinem", "zum", "im") that may stand before an ordinal. */
    private static final java.util.Set<String> ORDINAL_ARTICLES = ordinalArticles();

    private static java.util.Set<String> ordinalArticles() {
        java.util.Set<String> words = new java.util.HashSet<>(Lexicon.words("articles.txt"));
        words.addAll(Lexicon.words("oblique-articles-de.txt"));
        return java.util.Set.copyOf(words);
    }

    /**
     * "in der 62. Minute", "zum 3. Mal": the number ending at {@code last} follows an article, so its full stop
     * marks an ordinal; a sentence ends in a number after a verb or a preposition ("stieg auf 62.").
     */
    private boolean articleBeforeNumber(int last) {
        int d = last;
        while (d > 0 && Character.isDigit(text.charAt(d - 1))) d--;
        if (d == 0 || text.charAt(d - 1) != ' ') return false;
        int w = d - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
        return w < d - 1 && ORDINAL_ARTICLES.contains(text.substring(w, d - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Titles written with a full stop before a name: "Mr. Clarke said", "Sen. Tester", "Dr. Ohm". */
    static final java.util.Set<String> TITLE_ABBREVIATIONS = Lexicon.words("title-abbreviations.txt");

    /** "Mr. Clarke", "Charles B. Rangel": a text ending in a title or an initial and its full stop goes on with the name. */
    boolean endsWithAbbreviation(int end) {
        if (end < 2 || text.charAt(end - 1) != '.') return false;
        int w = end - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
        if (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') return false;
        String word = text.substring(w, end - 1);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || TITLE_ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT)) && Character.isUpperCase(word.charAt(0));
    }

    private static final java.util.Set<String> MONTH_ABBREVIATIONS = MonthNames.abbreviations().keySet();

    /** "On Sept. 30, Orvane had rejected": an English month abbreviation before a day ends no sentence. */
    private boolean endsWithMonthAbbreviation(int end) {
        if (end < 2 || text.charAt(end - 1) != '.') return false;
        int w = end - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
        return Character.isUpperCase(text.charAt(w)) && MONTH_ABBREVIATIONS.contains(text.substring(w, end - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The German negative determiner opening a quotation, after its mark. */
    private static final java.util.regex.Pattern NEGATIVE_DETERMINER = java.util.regex.Pattern.compile("\\P{L}*Kein(e|en|er|em|es)?\\b");

    /** A dash behind a quotation that opens a headline signs it, as a colon does. */
    private static final String DASHES = "–—―-";

    /**
     * „Washington Post“, „Caren Miosga“: a short run of capitalised words in quotes is a name, not a quotation;
     * but a nickname someone gives ("called his rival “Little Marco”") is what they said.
     */
    private boolean isQuotedName(int[] q) {
        if (english && namedByVerb(q[0])) return false;
        // „Kein Kommentar“, „Keine Denkverbote“: a phrase opened by "kein" says that something is not, it names nothing
        if (!english && NEGATIVE_DETERMINER.matcher(text).region(q[0], q[1]).lookingAt()) return false;
        int words = 0;
        boolean inWord = false;
        boolean lowerWord = false;
        for (int i = q[0]; i < q[1]; i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                if (Character.isLowerCase(c)) lowerWord = true;
                words++;
            }
            inWord = letter || c == '-' || c == '\'' || c == '’';
        }
        if (!lowerWord) return words > 0 && words <= 4;
        // „Guinnessbuch der Rekorde“, „Confessions on a Dance Floor“: capitalised at both ends, lower case only for function words
        return words <= 8 && capitalisedAtBothEnds(q) && onlyFunctionWordsLowerCase(q);
    }

    /**
     * Whether a naming verb with an object between stands right before the quote at {@code quoteBegin}: "dubbed
     * the plan “...”". Without an object between, the quote names something ("a ship called “Endeavour”",
     * "a blog, called the “Feed”": an article alone is no object).
     */
    private boolean namedByVerb(int quoteBegin) {
        int i = quoteBegin;
        boolean object = false;
        for (int words = 0; words <= NAMED_OBJECT_WORDS; words++) {
            while (i > 0 && text.charAt(i - 1) != '\n' && Character.isWhitespace(text.charAt(i - 1))) i--;
            int end = i;
            while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) i--;
            if (i == end) return false; // punctuation, a digit, another mark or the paragraph's start ends the search
            String word = text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
            String lemma = MORPH.englishVerbLemma(word);
            if (object && lemma != null && NAMING_VERBS_EN.contains(lemma)) return true;
            if (!ARTICLES_EN.contains(word)) object = true;
        }
        return false;
    }

    private boolean capitalisedAtBothEnds(int[] q) {
        int b = q[0];
        while (b < q[1] && !Character.isLetterOrDigit(text.charAt(b))) b++;
        int e = q[1] - 1;
        while (e > b && !Character.isLetterOrDigit(text.charAt(e))) e--;
        int lastStart = e;
        while (lastStart > b && Character.isLetterOrDigit(text.charAt(lastStart - 1))) lastStart--;
        return b < q[1] && Character.isUpperCase(text.charAt(b)) && Character.isUpperCase(text.charAt(lastStart));
    }

    /** „Oberster Rat zur Wiederherstellung der Demokratie“: lower case only for function words, no sentence marks: a title. */
    private boolean onlyFunctionWordsLowerCase(int[] q) {
        int i = q[0];
        while (i < q[1]) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ',' || c == ':') return false;
            if (Character.isLowerCase(c) && (i == q[0] || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int j = i;
                while (j < q[1] && Character.isLetter(text.charAt(j))) j++;
                String word = text.substring(i, j);
                if (!Lexicons.INSTANCE.germanStop.contains(word) && !Lexicons.INSTANCE.englishStop.contains(word) && !word.equals("for")) return false;
                // „Das war ein Fehler“ as a headline: a finite verb among the small words of a quotation that is its line makes a sentence said
                if (!english && finiteVerb(word) && standsAsLine(q)) return false;
                i = j;
            } else {
                i++;
            }
        }
        return true;
    }

    /**
     * The quotation is its line, with at most a label and its colon before it ("Interview: „...“", "Kanzler Wimmer:
     * „...“", "Berger (CDU) zur Wahl: „...“") and a full stop after, or it opens its line and a colon or dash signs it
     * ("„...“ – Verband kritisiert Razzia"): a headline's forms.
     */
    private boolean standsAsLine(int[] q) {
        int b = q[0];
        while (b > 0 && text.charAt(b - 1) == ' ') b--;
        boolean labelled = b > 0 && text.charAt(b - 1) == ':';
        if (labelled) {
            b--;
            int spaces = 0;
            while (b > 0 && labelChar(text.charAt(b - 1)) && (text.charAt(b - 1) != ' ' || ++spaces < MAX_LINE_LABEL_WORDS)) b--;
        }
        if (b > 0 && text.charAt(b - 1) != '\n') return false;
        int e = q[1];
        while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '.')) e++;
        return e == text.length() || text.charAt(e) == '\n' || !labelled && signedBehind(q[1], e);
    }

    /** A letter, a space, a hyphen or a parenthesis: what a headline's label is written with. */
    private static boolean labelChar(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '(' || c == ')';
    }

    /** A colon behind the quotation, or a dash after a space ("„...“-Autor" joins a compound). */
    private boolean signedBehind(int quoteEnd, int e) {
        char c = text.charAt(e);
        return c == ':' || e > quoteEnd && DASHES.indexOf(c) >= 0;
    }

    private static boolean finiteVerb(String word) {
        Morphology.Analysis a = MORPH.german(word);
        return a.finite() && a.verbOnly();
    }

    private int chunkEnd(int begin, int end) {
        if (end - begin <= MAX_CHUNK) return end;
        int limit = begin + MAX_CHUNK;
        for (int i = limit; i > begin + MAX_CHUNK / 2; i--) if (text.charAt(i) == ' ') return i + 1;
        return limit;
    }

    private void addSentence(int begin, int end, int paragraph, List<int[]> paragraphQuotes) {
        int first = tokens.size();
        int i = begin;
        int q = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            int j = Tokenizer.tokenEnd(text, i, end, english);
            while (q < paragraphQuotes.size() && paragraphQuotes.get(q)[1] <= i) q++;
            boolean quoted = q < paragraphQuotes.size() && paragraphQuotes.get(q)[0] <= i && i < paragraphQuotes.get(q)[1];
            tokens.add(Token.of(text.substring(i, j), i, j, quoted));
            i = j;
            if (tokens.size() - first == MAX_SENTENCE_TOKENS && i < end) {
                sentences.add(new Sentence(sentences.size(), begin, i, paragraph, first, tokens.size()));
                first = tokens.size();
                begin = i;
                while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
            }
        }
        if (tokens.size() > first) sentences.add(new Sentence(sentences.size(), begin, end, paragraph, first, tokens.size()));
    }

    Token token(int i) { return tokens.get(i); }

    /** Whether a word of the sentence stands inside quotation marks. */
    boolean quotationIn(Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) if (tokens.get(k).quoted()) return true;
        return false;
    }

    /** The top-level quote containing the offset, or null (quotes are ordered and disjoint). */
    int[] quoteAt(int offset) {
        int i = lastQuoteStartingAtOrBefore(offset);
        return i >= 0 && offset < quotes.get(i)[1] ? quotes.get(i) : null;
    }

    /** Quotes that start inside [begin, end). */
    List<int[]> quotesStartingIn(int begin, int end) {
        List<int[]> found = new ArrayList<>();
        for (int i = Math.max(0, lastQuoteStartingAtOrBefore(begin)); i < quotes.size() && quotes.get(i)[0] < end; i++) {
            if (quotes.get(i)[0] >= begin) found.add(quotes.get(i));
        }
        return found;
    }

    private int lastQuoteStartingAtOrBefore(int offset) {
        int lo = 0, hi = quotes.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid)[0] <= offset) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
        }
        return found;
    }

    /** Index of the sentence containing the offset, or of the last one starting before it; -1 if none. */
    int sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).begin() <= offset) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
        }
        return found;
    }
}
