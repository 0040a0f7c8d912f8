package org.storywire.event;

import org.storywire.analyse.GermanDictionary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.Lexicon;
import org.storywire.clean.CalendarWords;
import org.storywire.extract.Document;
import org.storywire.extract.Token;

/**
 * Builds an {@link ArticleSignature} from an article's {@link Document}, the one extraction read:
 * named entities by proper-noun evidence, salient stemmed terms (title and lead weighted over the
 * body), the publication time. The document gives the language, the title, the lines (its
 * paragraphs) and their words (its tokens); nothing here detects a language or cuts text again.
 * Not thread-safe: one instance per thread (the dictionary data itself is shared).
 *
 * <p>Entities. A capitalised word is a name candidate when it is not the first word of a sentence
 * (English: a capitalised word mid-sentence is a proper noun; German: also every common noun, so
 * the morphology dictionary decides: {@code EIG} tags are names, {@code SUB} common nouns, a word
 * it does not know is a name unless it is a compound ending in a known noun). A sentence-initial
 * or title word counts when the same word is a name candidate elsewhere in the article; acronyms
 * (two or more capitals) always count. Consecutive names form a multiword name ("Kim Jong Un"),
 * kept next to its parts so that "Trump" meets "Donald Trump". Names are folded: lower case,
 * diacritics removed, ß as ss, English possessive and German genitive -s removed. Function words,
 * weekdays, months and honorifics are never names.
 *
 * <p>Page furniture: body lines that are short and do not end like a sentence ("Share this
 * article", "Photo", bylines, "Newsletter Sign Up") are left out; so are repeated lines.
 */
public final class EventSignatures {
    /** Weight of an occurrence in the title, the lead and the body. */
    static final double TITLE_WEIGHT = 3.0;
    static final double LEAD_WEIGHT = 2.0;
    static final double BODY_WEIGHT = 1.0;
    /** Characters of kept body text that count as the lead. */
    static final int LEAD_CHARS = 500;
    static final int MAX_ENTITIES = 40;
    static final int MAX_TERMS = 80;
    static final int MAX_NAME_WORDS = 4;
    /** Body text read at most (an endless article costs no more than a long one). */
    static final int MAX_TEXT_CHARS = 40_000;

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?:;\"“”„«»()\\[\\]|—–]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"“”»«)]\\s*$");
    /** An agency dateline opening a paragraph: "ARSKAYA, Nov 3 (Agency) - ", "BERLIN (dpa) – ". */
    private static final Pattern DATELINE = Pattern.compile("^[^()\\n]{0,60}\\([^()\\n]{2,40}\\)\\s*[-–—]+\\s+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    /** Capitalised words that are not names in either language: calendar words and honorifics. */
    private static final Set<String> NOT_NAMES = notNames();


    private final TermStems stems = new TermStems();
    private final CharArraySet englishStops = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private final CharArraySet germanStops = GermanAnalyzer.getDefaultStopSet();

    /** One word of the article with where it stands. */
    private record Word(String text, int zone, boolean sentenceStart, boolean joinedToPrevious) {}

    private static final int TITLE = 0;
    private static final int LEAD = 1;
    private static final int BODY = 2;

    /** The signature of an article as extraction read it: its language, title, lines and words are the document's. */
    public ArticleSignature of(Document document) {
        CleanArticle article = document.article();
        List<Line> lines = contentLines(document);
        String titleText = document.title() == null ? "" : document.title();
        Line title = new Line(titleText, titleText, 0, document.titleTokens());
        if (titleText.isEmpty() && !lines.isEmpty() && !SENTENCE_END.matcher(lines.get(0).text()).find() && lines.get(0).text().length() <= 200) {
            title = lines.remove(0); // a text file's first line is its headline
        }
        boolean de = !document.english();

        List<Word> words = new ArrayList<>();
        scan(title, TITLE, words);
        int chars = 0;
        for (Line line : lines) {
            if (chars >= MAX_TEXT_CHARS) break;
            scan(line, chars < LEAD_CHARS ? LEAD : BODY, words);
            chars += line.text().length() + 1;
        }

        TreeMap<String, Double> entities = entities(words, de);
        TreeMap<String, Double> terms = new TreeMap<>();
        List<List<String>> zoneWords = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Word w : words) zoneWords.get(w.zone()).add(w.text());
        for (int zone = TITLE; zone <= BODY; zone++) stems.add(zoneWords.get(zone), de, zoneWeight(zone), terms);
        return new ArticleSignature(article.id(), article.outlet(), document.language(), title.text(), article.published(),
                dampAndTruncate(entities, MAX_ENTITIES), dampAndTruncate(terms, MAX_TERMS));
    }

    /**
     * A line of the document read for the signature: its {@code text}, which starts at {@code begin}
     * of {@code source} (the document's text, or its title), with the document's tokens there.
     */
    private record Line(String text, String source, int begin, List<Token> tokens) {}

    /** The document's paragraphs of clean text that read like text: page furniture, datelines and repeated lines left out. */
    private static List<Line> contentLines(Document document) {
        String text = document.text();
        List<Line> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Document.Paragraph p : document.paragraphs()) {
            if (p.begin() < document.bodyBegin()) continue; // the title, read as the title
            int begin = p.begin();
            int end = p.end();
            while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
            while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
            Matcher dateline = DATELINE.matcher(text).region(begin, end);
            if (dateline.lookingAt()) begin = dateline.end();
            if (begin == end) continue;
            String line = text.substring(begin, end);
            int words = line.split("\\s+").length;
            boolean sentence = SENTENCE_END.matcher(line).find();
            if (!sentence && words < 10 && !out.isEmpty()) continue; // furniture: "Share this article", "Photo", bylines
            if (!sentence && words < 4) continue;
            if (!seen.add(line)) continue;
            int from = begin;
            List<Token> tokens = from == p.begin() ? p.tokens() : p.tokens().stream().filter(t -> t.begin() >= from).toList();
            out.add(new Line(line, text, begin, tokens));
        }
        return out;
    }

    /** The words of a line, with whether each starts a sentence and whether only spaces join it to the word before. */
    private static void scan(Line line, int zone, List<Word> out) {
        int last = line.begin();
        boolean first = true;
        for (Token t : line.tokens()) {
            if (!t.word()) continue;
            String gap = line.source().substring(last, t.begin());
            boolean start = first || SENTENCE_BREAK.matcher(gap).find();
            boolean joined = !first && !start && gap.chars().allMatch(c -> c == ' ');
            out.add(new Word(t.text(), zone, start, joined));
            last = t.end();
            first = false;
        }
    }

    // Each pass over the article's words is a method of its own, and no method holds two loops: with the passes inline,
    // this method was compiled by the JIT on the stack at each of its loops (each such compilation takes in all that
    // follows the loop) and again whole, at 60-75 kB each time.
    private TreeMap<String, Double> entities(List<Word> words, boolean de) {
        // 0. A word written in lower case in the text more often than capitalised mid-sentence is a
        //    common word ("After", "Flight" in a title-case headline; "Deutsche" vs "deutsche").
        Map<String, Integer> lowerCount = new HashMap<>();
        Map<String, Integer> capitalMid = new HashMap<>();
        countCases(words, lowerCount, capitalMid);
        Map<String, Boolean> verdict = new HashMap<>();
        Predicate<String> mostlyLower = text -> {
            String lower = text.toLowerCase(Locale.ROOT);
            return lowerCount.getOrDefault(lower, 0) >= Math.max(1, capitalMid.getOrDefault(lower, 0));
        };
        // 1. Which surface forms are names somewhere mid-sentence in the body (the evidence), or
        //    capitalised both in the title and at a sentence start and never in lower case.
        Set<String> inTitle = capitalisedInTitle(words);
        Set<String> evidenced = evidenced(words, de, verdict, inTitle, lowerCount, mostlyLower);
        // 2. Mark each word as a name, then join runs into multiword names.
        boolean[] name = names(words, de, verdict, evidenced, mostlyLower);
        TreeMap<String, Double> counts = countNames(words, name, de);
        if (de) foldGenitives(counts);
        return counts;
    }

    private static void countCases(List<Word> words, Map<String, Integer> lowerCount, Map<String, Integer> capitalMid) {
        for (Word w : words) countCase(w, lowerCount, capitalMid);
    }

    private static Set<String> capitalisedInTitle(List<Word> words) {
        Set<String> inTitle = new HashSet<>();
        for (Word w : words) if (w.zone() == TITLE && isCapitalised(w.text())) inTitle.add(w.text());
        return inTitle;
    }

    private Set<String> evidenced(List<Word> words, boolean de, Map<String, Boolean> verdict, Set<String> inTitle, Map<String, Integer> lowerCount,
                                  Predicate<String> mostlyLower) {
        Set<String> evidenced = new HashSet<>();
        for (Word w : words) if (isEvidence(w, de, verdict, inTitle, lowerCount, mostlyLower)) evidenced.add(fold(w.text(), de));
        return evidenced;
    }

    private boolean[] names(List<Word> words, boolean de, Map<String, Boolean> verdict, Set<String> evidenced, Predicate<String> mostlyLower) {
        boolean[] name = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) name[i] = isName(words.get(i), de, verdict, evidenced, mostlyLower);
        return name;
    }

    /** Each name's weight, and each run of joined names' as a phrase. */
    private static TreeMap<String, Double> countNames(List<Word> words, boolean[] name, boolean de) {
        TreeMap<String, Double> counts = new TreeMap<>();
        int i = 0;
        while (i < words.size()) i = name[i] ? countNameRun(words, name, i, de, counts) : i + 1;
        return counts;
    }

    private static void countCase(Word w, Map<String, Integer> lowerCount, Map<String, Integer> capitalMid) {
        if (w.zone() == TITLE) return;
        String lower = w.text().toLowerCase(Locale.ROOT);
        if (Character.isLowerCase(w.text().codePointAt(0))) lowerCount.merge(lower, 1, Integer::sum);
        else if (!w.sentenceStart()) capitalMid.merge(lower, 1, Integer::sum);
    }

    private boolean isEvidence(Word w, boolean de, Map<String, Boolean> verdict, Set<String> inTitle, Map<String, Integer> lowerCount,
                               Predicate<String> mostlyLower) {
        if (w.zone() == TITLE) return false;
        if (w.sentenceStart() && !(inTitle.contains(w.text()) && !lowerCount.containsKey(w.text().toLowerCase(Locale.ROOT)))) return false;
        return isNameForm(w.text(), de, verdict) && !mostlyLower.test(w.text());
    }

    private boolean isName(Word w, boolean de, Map<String, Boolean> verdict, Set<String> evidenced, Predicate<String> mostlyLower) {
        if (!isCapitalised(w.text())) return false;
        if (isAcronym(w.text()) && !isStopWord(w.text(), de)) return true;
        if (mostlyLower.test(w.text())) return false;
        if (w.zone() != TITLE && !w.sentenceStart()) return isNameForm(w.text(), de, verdict);
        return !isStopWord(w.text(), de) && evidenced.contains(fold(w.text(), de)) && isNameForm(w.text(), de, verdict);
    }

    /** Counts the run of joined names that starts at {@code i}, each word and the run as a phrase; returns where the run ends. */
    private static int countNameRun(List<Word> words, boolean[] name, int i, boolean de, TreeMap<String, Double> counts) {
        int j = i + 1;
        while (j < words.size() && name[j] && words.get(j).joinedToPrevious() && j - i < MAX_NAME_WORDS) j++;
        double weight = zoneWeight(words.get(i).zone());
        StringBuilder phrase = new StringBuilder();
        for (int k = i; k < j; k++) {
            String f = fold(words.get(k).text(), de);
            if (f.isEmpty() || NOT_NAMES.contains(f)) continue;
            counts.merge(f, weight, Double::sum);
            if (phrase.length() > 0) phrase.append(' ');
            phrase.append(f);
        }
        if (j - i > 1 && phrase.indexOf(" ") > 0) counts.merge(phrase.toString(), weight, Double::sum);
        return j;
    }

    /** Weekdays, months, forms of address and event-not-names.txt, folded as names are ("März" -> "marz"). */
    private static Set<String> notNames() {
        Set<String> words = new HashSet<>(Lexicon.words("event-not-names.txt"));
        words.addAll(CalendarWords.names());
        words.addAll(Lexicon.words("honorifics.txt"));
        Set<String> folded = new HashSet<>();
        for (String word : words) folded.add(fold(word, false));
        return Set.copyOf(folded);
    }

    /** Is this capitalised surface form (not sentence-initial) a proper noun? */
    private boolean isNameForm(String text, boolean de, Map<String, Boolean> verdict) {
        if (!isCapitalised(text)) return false;
        Boolean cached = verdict.get(text);
        if (cached != null) return cached;
        boolean result;
        String folded = fold(text, de);
        if (folded.length() < 2 || NOT_NAMES.contains(folded) || isStopWord(text, de) || folded.chars().allMatch(Character::isDigit)) {
            result = false;
        } else if (isAcronym(text)) {
            result = true;
        } else if (de) {
            String head = text.contains("-") ? text.substring(text.lastIndexOf('-') + 1) : text;
            GermanDictionary.Kind kind = GermanDictionary.kind(text);
            if (kind == GermanDictionary.Kind.UNKNOWN && !head.equals(text) && !head.isEmpty() && Character.isUpperCase(head.charAt(0))) {
                // "US-Präsident": the head decides; "Kim-Jong-Un" stays a name
                GermanDictionary.Kind headKind = GermanDictionary.kind(head);
                kind = headKind == GermanDictionary.Kind.COMMON ? GermanDictionary.Kind.COMMON : kind;
            }
            result = switch (kind) {
                case PROPER -> true;
                case COMMON, OTHER -> false;
                case UNKNOWN -> !GermanDictionary.isUnknownCompoundNoun(head.isEmpty() ? text : head);
            };
        } else {
            result = true;
        }
        verdict.put(text, result);
        return result;
    }

    /** German genitive: "Putins" counts as "Putin" when the article also has "Putin". */
    private static void foldGenitives(TreeMap<String, Double> counts) {
        for (String key : new ArrayList<>(counts.keySet())) {
            if (key.length() > 3 && key.endsWith("s") && counts.containsKey(key.substring(0, key.length() - 1))) {
                counts.merge(key.substring(0, key.length() - 1), counts.remove(key), Double::sum);
            }
        }
    }

    private boolean isStopWord(String text, boolean de) {
        String lower = text.toLowerCase(Locale.ROOT);
        return englishStops.contains(lower) || (de && germanStops.contains(lower));
    }

    static boolean isCapitalised(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    static boolean isAcronym(String text) {
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper >= 2;
    }

    /** Lower case, no diacritics, ß as ss, no possessive 's, no dots ("U.S." -> "us"). */
    public static String fold(String name, boolean german) {
        String s = name;
        if (s.endsWith("'s") || s.endsWith("’s")) s = s.substring(0, s.length() - 2);
        else if (s.endsWith("'") || s.endsWith("’")) s = s.substring(0, s.length() - 1);
        s = s.replace("ß", "ss").replace("ẞ", "SS");
        s = DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'');
        return s;
    }

    private static double zoneWeight(int zone) {
        return zone == TITLE ? TITLE_WEIGHT : zone == LEAD ? LEAD_WEIGHT : BODY_WEIGHT;
    }

    /** Sublinear weights (1 + ln count), the heaviest {@code max} kept, ties by key. */
    static TreeMap<String, Double> dampAndTruncate(Map<String, Double> counts, int max) {
        TreeMap<String, Double> out = new TreeMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .forEach(e -> out.put(e.getKey(), 1.0 + Math.log(e.getValue())));
        return out;
    }
}
