package org.storywire.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.storywire.analyse.EnglishDictionary;
import org.storywire.analyse.GermanDictionary;
import org.storywire.analyse.WordMemo;
import org.storywire.clean.CalendarWords;
import org.storywire.clean.Lexicon;
import org.storywire.clean.MonthNames;

/**
 * Which words of an article may be names, and how a name is keyed: the function words, titles, offices and organisation
 * nouns a name is not (lexicon/affiliation.txt), the dictionary judgement of a capitalised word in either language, and
 * {@linkplain #fold folding} a name word to the key it shares with its inflections. Remembered across articles.
 */
final class NameWords {

    private NameWords() {}

    /** Letters of a folded name that identify it: long enough to tell names apart, short enough to cover inflection. */
    static final int KEY_LENGTH = 7;

    /** A word of text that has no document tokens; a document token's {@linkplain ArticleWords#partsOf parts} are the same words. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’]*");
    private static final Set<String> STOP = stopWords();
    static final Set<String> TITLES = new LinkedHashSet<>();
    private static final List<String> ROLE_ENDINGS = new ArrayList<>();
    static final Set<String> COUNSEL = new LinkedHashSet<>();
    static final Set<String> ORGANISATION_NOUNS = new LinkedHashSet<>();
    private static final Set<String> BODIES = new LinkedHashSet<>();
    private static final Set<String> LEGAL_FORMS = new LinkedHashSet<>();

    static {
        for (String line : Lexicon.lines("affiliation.txt")) {
            String[] f = line.split("\\s+", 2);
            switch (f[0]) {
                case "role" -> ROLE_ENDINGS.add(f[1]);
                case "counsel" -> COUNSEL.add(f[1]);
                case "title" -> TITLES.add(f[1]);
                case "organisation" -> ORGANISATION_NOUNS.add(f[1]);
                case "body" -> BODIES.add(f[1]);
                case "legal-form" -> LEGAL_FORMS.add(f[1]);
                default -> throw new IllegalStateException("affiliation.txt: unknown kind " + f[0]);
            }
        }
    }

    private static final Set<String> TITLE_NOUNS = Lexicon.words("newspaper-titles.txt");

    /** A title noun as written, also in a German title's inflected forms ("des Anzeigers", "des Boten"). */
    static boolean isTitleNoun(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) return false;
        String lower = stripPossessive(word).toLowerCase(Locale.ROOT);
        if (TITLE_NOUNS.contains(lower)) return true;
        return lower.length() > 4 && (lower.endsWith("s") || lower.endsWith("n")) && TITLE_NOUNS.contains(lower.substring(0, lower.length() - 1));
    }

    /**
     * A word of a name that other names have too: a legal form ("AG", "Inc"), a common noun of English or German ("Motors",
     * "Systems", "Nord"), or two capitals that abbreviate one ("Westried TV", "Harlow FM": the English wire writes "Westried TV"
     * as often as the German paper writes "Westried" alone). An acronym the article defines is its entity's key before
     * this is asked.
     */
    static boolean isGenericNameWord(String written) {
        if (LEGAL_FORMS.contains(written.toLowerCase(Locale.ROOT))) return true;
        if (written.length() <= 2 && written.chars().allMatch(Character::isUpperCase)) return true;
        // Either language's noun: a German paper writes "Brannock Foods", an English wire "Aeolis Nord", and the other
        // article keys the company by its distinctive word.
        return EnglishDictionary.isCommonNoun(written) || GermanDictionary.kind(written) == GermanDictionary.Kind.COMMON;
    }

    /** Whether {@code words} hold a role that speaks for an organisation ("Sprecherin", "chief executive"). */
    public static boolean namesRole(String words) {
        if (words == null || !mayEndInRole(words)) return false;
        return ROLE_WORDS.get(words);
    }

    /**
     * Whether a word of {@code words} ends in the last two letters of an office ending: most words do not, and skip the
     * memo's read, a likely cache miss in a table shared by all threads (asked of nearly every capitalised word's
     * predecessor). Lower-cased a character at a time, as String.toLowerCase does but for "İ", whose two characters end no office.
     */
    private static boolean mayEndInRole(String words) {
        for (int start = WordScan.start(words, 0), end; start >= 0; start = WordScan.start(words, end)) {
            end = WordScan.end(words, start);
            if (end - start < 2) continue;
            int pair = Character.toLowerCase(words.charAt(end - 2)) << 16 | Character.toLowerCase(words.charAt(end - 1));
            for (int last : ROLE_LAST_PAIRS) if (last == pair) return true;
        }
        return false;
    }

    /**
     * What namesRole answered for recent words, shared by all threads: it is asked of nearly every word of every
     * article, and scanning a word against each office ending costs more than the look-up. Bounded.
     */
    private static final WordMemo<String, Boolean> ROLE_WORDS = new WordMemo<>(20_000, NameWords::readsAsRole);

    /** The last two characters of each office ending, packed as mayEndInRole packs a word's. */
    private static final int[] ROLE_LAST_PAIRS = ROLE_ENDINGS.stream()
            .mapToInt(e -> e.charAt(e.length() - 2) << 16 | e.charAt(e.length() - 1)).distinct().toArray();

    static boolean readsAsRole(String words) {
        Matcher m = WORD.matcher(words);
        while (m.find()) {
            String lower = m.group().toLowerCase(Locale.ROOT);
            for (String ending : ROLE_ENDINGS) if (lower.endsWith(ending)) return true;
        }
        return false;
    }

    /**
     * The body of an organisation {@code words} name ("works council", "Betriebsrat"), if any: it
     * speaks for those it represents, not for the organisation it belongs to.
     */
    public static Optional<String> bodyNamed(String words) {
        if (words == null) return Optional.empty();
        String lower = " " + NON_LETTERS.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        // The words are cut once for all the bodies written as one word: asked of every statement's speaker.
        List<String> written = null;
        List<String> lowered = null;
        for (String body : BODIES) {
            if (body.contains(" ")) {
                if (lower.contains(" " + body + " ")) return Optional.of(body);
                continue;
            }
            if (written == null) {
                written = new ArrayList<>();
                lowered = new ArrayList<>();
                Matcher m = WORD.matcher(words);
                while (m.find()) {
                    written.add(m.group());
                    lowered.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
            for (int i = 0; i < written.size(); i++) {
                if (!lowered.get(i).endsWith(body)) continue;
                // "European Union": a body's word after a name is the end of that name.
                boolean endsName = i > 0 && mayBeName(written.get(i - 1)) && Character.isUpperCase(written.get(i).codePointAt(0));
                if (!endsName) return Optional.of(written.get(i));
            }
        }
        return Optional.empty();
    }

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** Whether {@code words} refer to an organisation by a common noun ("the company", "der Verein"). */
    public static boolean namesOrganisationNoun(String words) {
        if (words == null) return false;
        Matcher m = WORD.matcher(words);
        while (m.find()) if (ORGANISATION_NOUNS.contains(m.group().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /**
     * Lower case, no diacritics or possessive, cut to {@value #KEY_LENGTH} letters: "Tarsenia's" -> "tarseni". A German
     * country name's -ien (-iens) is English -ia ("Vastrien", "Vastriens" -> "vastria" as "Vastria", "Vastrian"), so a
     * short country keys alike in both languages, as a long one does by its cut ("Tarsenien", "Tarsenia").
     */
    public static String fold(String word) {
        String s = stripPossessive(word).toLowerCase(Locale.ROOT).replace("ß", "ss");
        // Decomposing leaves plain ASCII as it is, with no marks to strip: most words skip that step.
        if (!isAscii(s)) s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = asEnglishCountry(s);
        return s.length() <= KEY_LENGTH ? s : s.substring(0, KEY_LENGTH);
    }

    // A stem of four letters at least before -ien(s), so that first names ("Julien") and short words keep their form.
    private static final Pattern GERMAN_COUNTRY_ENDING = Pattern.compile("(\\p{L}{4,})iens?");

    private static String asEnglishCountry(String folded) {
        if (!folded.endsWith("ien") && !folded.endsWith("iens")) return folded;
        Matcher m = GERMAN_COUNTRY_ENDING.matcher(folded);
        return m.matches() ? m.group(1) + "ia" : folded;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) return word.substring(0, word.length() - 2);
        if (word.endsWith("'") || word.endsWith("’")) return word.substring(0, word.length() - 1);
        return word;
    }

    /**
     * isNameWord, remembered per language for all threads across articles (bounded): its dictionary look-ups and compound
     * splits were a tenth of the grouper's time, and news repeats its words from article to article.
     */
    static boolean isNameWordSeen(String word, boolean english) {
        // A name is capitalised (mayBeName): the lower-case words, most of an article's, need no look-up.
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) return false;
        return (english ? NAME_WORDS_EN : NAME_WORDS_DE).get(word);
    }

    private static final WordMemo<String, Boolean> NAME_WORDS_DE = new WordMemo<>(50_000, w -> isNameWord(w, false));
    private static final WordMemo<String, Boolean> NAME_WORDS_EN = new WordMemo<>(50_000, w -> isNameWord(w, true));

    private static boolean isNameWord(String word, boolean english) {
        String bare = stripPossessive(word);
        if (!mayBeName(bare)) return false;
        boolean allCaps = bare.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (allCaps && bare.length() > 5) return false; // "EXCLUSIVE", "MARROWFIELD": headings and datelines
        String lower = bare.toLowerCase(Locale.ROOT);
        if (allCaps) return true;
        if (!english) {
            GermanDictionary.Kind kind = GermanDictionary.kind(bare);
            if (kind == GermanDictionary.Kind.COMMON) return false;
            // A word the dictionary knows only in lower case ("Die", "Auch", "Nach") opens a German sentence.
            if (kind == GermanDictionary.Kind.UNKNOWN && (GermanDictionary.isKnown(lower) || GermanDictionary.isUnknownCompoundNoun(bare))) return false;
        }
        return true;
    }

    /**
     * German capitalises every noun, so a sentence's first word tells no more than the dictionary does: a word it does not
     * know in any case nor as a compound of known words ("Velmora streicht ...") is a name there too, and one it knows as a
     * proper noun.
     */
    static boolean unknownToGerman(String word) {
        GermanDictionary.Kind kind = GermanDictionary.kind(stripPossessive(word));
        return kind == GermanDictionary.Kind.PROPER || kind == GermanDictionary.Kind.UNKNOWN;
    }

    /**
     * "Tolvan mayor Edwin Marsh denied ...": a sentence's or a headline's first word that English does not know in any
     * case is a name there too, as in German.
     */
    static boolean unknownToEnglish(String word) {
        String bare = stripPossessive(word);
        return EnglishDictionary.entries(bare).isEmpty() && EnglishDictionary.entries(bare.toLowerCase(Locale.ROOT)).isEmpty();
    }

    /** A capitalised word right after a name: a name unless the language knows it as a common word. */
    static boolean isFollowingName(String word, boolean english) {
        String bare = stripPossessive(word);
        return mayBeName(bare) && (english || GermanDictionary.kind(bare) != GermanDictionary.Kind.COMMON);
    }

    /** Capitalised, two letters or more, no digit, and neither a stop word, a title, an office nor an organisation noun. */
    static boolean mayBeName(String bare) {
        if (bare.length() < 2 || !Character.isUpperCase(bare.codePointAt(0)) || bare.chars().anyMatch(Character::isDigit)) return false;
        String lower = bare.toLowerCase(Locale.ROOT);
        return !STOP.contains(lower) && !TITLES.contains(lower) && !namesRole(bare) && !ORGANISATION_NOUNS.contains(lower);
    }

    private static Set<String> stopWords() {
        Set<String> stop = new java.util.HashSet<>();
        GermanAnalyzer.getDefaultStopSet().forEach(o -> stop.add(new String((char[]) o)));
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(o -> stop.add(new String((char[]) o)));
        for (String file : List.of("function-words.txt", "time-words.txt")) {
            for (String line : Lexicon.lines(file)) for (String w : line.split("\\s+")) stop.add(w.toLowerCase(Locale.ROOT));
        }
        stop.addAll(StoryWords.words("no-name"));
        stop.addAll(CalendarWords.names());
        stop.addAll(MonthNames.abbreviations().keySet());
        for (String file : List.of("honorifics.txt", "pronouns-en.txt", "pronouns-de.txt")) stop.addAll(Lexicon.words(file));
        return Set.copyOf(stop);
    }
}
