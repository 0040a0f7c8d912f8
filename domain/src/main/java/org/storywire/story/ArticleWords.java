package org.storywire.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storywire.clean.Lexicon;
import org.storywire.extract.Span;
import org.storywire.extract.Token;

/**
 * The words of an article's passages ({@link Piece}), each with what its neighbours say of it ({@link Word}): whether it
 * opens a sentence, follows an office, a place word or a determiner, or stands before a site noun. Read once per article,
 * before any word is judged a name.
 */
final class ArticleWords {

    private ArticleWords() {}

    private static final Set<String> PLACE_PREPOSITIONS = new LinkedHashSet<>();
    private static final Set<String> PLACE_NOUNS = new LinkedHashSet<>();
    private static final Set<String> SITE_NOUNS = new LinkedHashSet<>();

    static {
        for (String line : Lexicon.lines("places.txt")) {
            String[] f = line.split("\\s+", 2);
            switch (f[0]) {
                case "preposition" -> PLACE_PREPOSITIONS.add(f[1]);
                case "noun" -> PLACE_NOUNS.add(f[1]);
                case "site" -> SITE_NOUNS.add(f[1]);
                default -> throw new IllegalStateException("places.txt: unknown kind " + f[0]);
            }
        }
    }

    /**
     * A passage of the article with its words (offsets in {@code text}) and its weight; a headline is title
     * case, so every word in it is ambiguous.
     */
    record Piece(String text, List<Span> words, int weight, boolean headline) {
        /** A passage as written, cut into words by {@link NameWords#WORD}. */
        static Piece written(String text, int weight, boolean headline) {
            List<Span> words = new ArrayList<>();
            Matcher m = NameWords.WORD.matcher(text);
            while (m.find()) words.add(new Span(m.start(), m.end()));
            return new Piece(text, words, weight, headline);
        }

        /**
         * The passage [begin, end) of {@code source} with its document tokens, each cut into its parts; a
         * token the passage's end runs through (the lead is cut at a length) counts as far as the passage goes.
         */
        static Piece read(String source, int begin, int end, List<Token> tokens, int weight, boolean headline) {
            List<Span> words = new ArrayList<>();
            for (Token t : tokens) if (t.word()) partsOf(t, begin, end, words);
            return new Piece(source.substring(begin, end), words, weight, headline);
        }
    }

    /**
     * A word token's parts, relative to {@code begin} and cut at {@code end}: the token without the hyphens,
     * dots, ampersands and number separators that join it ("BA-Landeschefin", "U.S", "AT&T", "2,000"), since
     * a name is judged word by word; apostrophes stay ("Tarsenia's").
     */
    private static void partsOf(Token t, int begin, int end, List<Span> out) {
        String s = t.text();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && !isJoiner(s.charAt(i))) continue;
            int partEnd = Math.min(t.begin() + i, end);
            if (i > from && t.begin() + from < partEnd) out.add(new Span(t.begin() + from - begin, partEnd - begin));
            from = i + 1;
        }
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '.' || c == '&' || c == ',';
    }

    /**
     * A word as written, whether it stands where any word is capitalised, whether it directly follows
     * the previous word, whether an office stands just before it ("Sportvorständin Henrike", "spokeswoman Delphine"),
     * and the capitalised word that office is of ("BA-Landeschefin Konstanze", "Orvane spokeswoman Delphine"); whether it
     * opens a sentence, whether a site noun follows it ("the Denton plant"), whether an office does ("a Denton spokeswoman"), and
     * whether a hyphen joins it to the word before ("US-Branchenblatt"), and whether a German indefinite article, "kein" or a
     * possessive stands right before it ("seiner Molkereisparte", "kein Erdkabel").
     */
    record Word(String text, boolean ambiguous, boolean opens, boolean beforeSite, boolean adjacentToPrevious, boolean afterRole, String roleOrganisation, boolean afterPlaceWord,
                        boolean afterDeterminer, String office, boolean beforeOffice, boolean afterHyphen, boolean afterIndefinite) {}

    /** "in Deutschland und Dänemark", "in Paris or Lyon": a name joined by a conjunction to a name after a place word is a place too. */
    private static boolean coordinatedWithPlace(List<Word> before, String previous) {
        return COORDINATORS.contains(previous) && before.size() >= 2 && before.get(before.size() - 2).afterPlaceWord();
    }

    private static final Set<String> COORDINATORS = Set.of("und", "oder", "and", "or");

    /**
     * A piece's words. What a word's neighbours say of it (an office, title or place word before it, a determiner, a site
     * noun after it) is read only of a word a mention may hold, the only words it is asked of (MentionTally.add,
     * noteAttributive): a capitalised one, or any word where the article defines an acronym ({@code acronymsDefined}: an
     * expansion's words are names however they are written). The others, most of an article's words, skip those look-ups.
     */
    static List<Word> words(Piece piece, boolean english, boolean acronymsDefined) {
        List<Word> out = new ArrayList<>();
        String text = piece.text();
        int previousEnd = -1;
        String previousWord = null;
        String beforePrevious = null;
        String thirdPrevious = null;
        List<int[]> datelines = new ArrayList<>();
        for (Pattern form : List.of(DATELINE_PLACES, DATELINE_PLACE_NAMES)) {
            Matcher dateline = form.matcher(text);
            while (dateline.find()) datelines.add(new int[] {dateline.start(1), dateline.end(1)});
        }
        for (Span w : piece.words()) {
            boolean sentenceStart = previousEnd < 0 || opensSentence(text, previousEnd, w.begin());
            boolean adjacent = previousEnd >= 0 && w.begin() - previousEnd == 1 && (text.charAt(previousEnd) == ' ' || text.charAt(previousEnd) == '-');
            String word = text.substring(w.begin(), w.end());
            boolean ambiguous = piece.headline() || sentenceStart;
            boolean mayBeNamed = acronymsDefined || Character.isUpperCase(word.codePointAt(0));
            // Judged once per word: namesRole scans the word against every office ending.
            boolean previousNamesRole = mayBeNamed && previousWord != null && NameWords.namesRole(previousWord);
            String client = mayBeNamed && previousWord != null && beforePrevious != null && NameWords.COUNSEL.contains(previousWord.toLowerCase(Locale.ROOT))
                    ? clientBefore(beforePrevious) : null;
            boolean afterRole = mayBeNamed && previousWord != null
                    && (previousNamesRole || client != null || NameWords.TITLES.contains(previousWord.toLowerCase(Locale.ROOT)));
            // "Orvane spokeswoman Delphine Arcourt"; "Brannock chief executive Aidan Colquhoun": a lower-case title word
            // ("chief", "managing") between the organisation and the office.
            String organisationBefore = beforePrevious != null && NameWords.TITLES.contains(beforePrevious.toLowerCase(Locale.ROOT)) && thirdPrevious != null
                    ? thirdPrevious : beforePrevious;
            String roleOrganisation = client != null ? client
                    : afterRole && previousNamesRole && organisationBefore != null && NameWords.mayBeName(NameWords.stripPossessive(organisationBefore))
                    ? NameWords.stripPossessive(organisationBefore) : null;
            String previous = !mayBeNamed || previousWord == null ? "" : previousWord.toLowerCase(Locale.ROOT);
            boolean afterPlaceWord = mayBeNamed && (inDateline(datelines, w.begin()) || PLACE_PREPOSITIONS.contains(previous) || endsWithPlaceNoun(previous)
                    || previous.equals("of") && beforePrevious != null && PLACE_NOUNS.contains(beforePrevious.toLowerCase(Locale.ROOT))
                    || coordinatedWithPlace(out, previous));
            boolean afterDeterminer = mayBeNamed && adjacent && DETERMINERS.contains(previous);
            // "Finanzministerin Dagmar", "Foreign Minister Lena": the office with the capitalised word before it (English writes the portfolio apart).
            String office = previousNamesRole
                    ? ((beforePrevious != null && Character.isUpperCase(beforePrevious.codePointAt(0)) ? beforePrevious + " " : "") + previousWord).toLowerCase(Locale.ROOT)
                    : null;
            // "the Denton plant", "its Denton assembly plant": a name modifying a site noun says where the site is. German
            // writes its nouns capitalised, so only English reads it (MentionTally.add): German words skip the look-ahead.
            boolean beforeSite = english && mayBeNamed && siteFollows(text, w.end());
            boolean beforeOffice = english && mayBeNamed && officeFollows(text, w.end());
            boolean afterHyphen = adjacent && text.charAt(previousEnd) == '-';
            boolean afterIndefinite = !english && mayBeNamed && adjacent && text.charAt(previousEnd) == ' ' && INDEFINITES_DE.contains(previous);
            out.add(new Word(word, ambiguous, sentenceStart, beforeSite, adjacent, afterRole, roleOrganisation, afterPlaceWord, afterDeterminer, office,
                    beforeOffice, afterHyphen, afterIndefinite));
            thirdPrevious = beforePrevious;
            beforePrevious = previousWord;
            previousWord = word;
            previousEnd = w.end();
        }
        return out;
    }

    // What opens a sentence or phrase between two words: tried between every two words of the article, so read off the
    // gap's characters in place rather than cut out and matched.
    private static final String SENTENCE_BREAKS = ".!?:;\"„“”»«\n(|–—";

    /**
     * Whether {@code text} holds a mark that opens a sentence or phrase in [from, to); a hyphen does between spaces, as
     * a wire's dateline ends ("(Halden Wire) - German ..."), not inside a compound ("BA-Landeschefin").
     */
    private static boolean opensSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (SENTENCE_BREAKS.indexOf(c) >= 0) return true;
            if (c == '-' && i > from && i + 1 < to && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') return true;
        }
        return false;
    }

    private static final Pattern NEXT_TWO_WORDS = Pattern.compile("(?u)\\s+(\\p{Ll}+)(?:\\s+(\\p{Ll}+))?");

    /**
     * Whether a site noun ("plant", "factory") follows {@code at}, right away or after one lower-case word ("assembly plant").
     * Matched at {@code at} only: a search from there (find) tries every later position of the passage too, for each word.
     */
    private static boolean siteFollows(String text, int at) {
        Matcher next = NEXT_TWO_WORDS.matcher(text).region(at, text.length());
        if (!next.lookingAt()) return false;
        return SITE_NOUNS.contains(next.group(1)) || next.group(2) != null && SITE_NOUNS.contains(next.group(2));
    }

    private static final Pattern NEXT_WORD = Pattern.compile("(?u)\\s+(\\p{Ll}+)");

    /** Whether a lower-case office ("spokeswoman", "spokesperson") follows {@code at} right away: "a Denton spokeswoman said". */
    private static boolean officeFollows(String text, int at) {
        Matcher next = NEXT_WORD.matcher(text).region(at, text.length());
        return next.lookingAt() && NameWords.namesRole(next.group(1));
    }

    private static boolean inDateline(List<int[]> datelines, int at) {
        for (int[] d : datelines) if (at >= d[0] && at < d[1]) return true;
        return false;
    }

    // The places a report is filed from, opening a paragraph: "Orlesk/Velgrad.", "Sarenburg (mnd) -", "EBERSGRUND, Germany -".
    private static final Pattern DATELINE_PLACES = Pattern.compile(
            "(?um)^[ \\t]*(\\p{Lu}[\\p{L}\\p{M}-]*(?:\\s*[/,]\\s*\\p{Lu}[\\p{L}\\p{M}-]*)*)\\s*(?:\\.(?:\\s|$)|\\s[-–—]\\s|\\(|,\\s*\\p{Lu}\\p{Ll}{2,3}\\.?\\s+\\d)");

    // Places of two words ("San Mareo/Dunmarrow (nrx) -", "Bad Lindau (mnd) -") only before an agency's bracket and dash: a
    // paragraph opening "Bürgermeister Kranefeld (SPD) sagte" names no place.
    private static final Pattern DATELINE_PLACE_NAMES = Pattern.compile(
            "(?um)^[ \\t]*(\\p{Lu}[\\p{L}\\p{M}-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}-]*)?(?:\\s*[/,]\\s*\\p{Lu}[\\p{L}\\p{M}-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}-]*)?)*)"
                    + "\\s*\\([\\p{L} ]{2,30}\\)\\s*[-–—]\\s");

    // Words before an English noun phrase (headlines drop the article: "jobs to go at German unit").
    private static final Set<String> DETERMINERS = StoryWords.words("determiner");
    private static final Set<String> INDEFINITES_DE = StoryWords.words("indefinite-de");

    private static boolean endsWithPlaceNoun(String lowerCaseWord) {
        if (lowerCaseWord.isEmpty()) return false;
        for (String noun : PLACE_NOUNS_BY_LAST_LETTER.getOrDefault(lowerCaseWord.charAt(lowerCaseWord.length() - 1), List.of())) {
            if (lowerCaseWord.endsWith(noun)) return true;
        }
        return false;
    }

    /** The place nouns by their last letter: every word of the article is tried against the few that end as it does, not all of them. */
    private static final Map<Character, List<String>> PLACE_NOUNS_BY_LAST_LETTER = byLastLetter(PLACE_NOUNS);

    private static Map<Character, List<String>> byLastLetter(Set<String> words) {
        Map<Character, List<String>> out = new HashMap<>();
        for (String w : words) out.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
        return Map.copyOf(out);
    }

    /**
     * The client a lawyer's office is written after: the possessive name before it ("Kalweit's lawyer", German genitive
     * "Kalweits Verteidiger"), or null where the word before is no possessive name ("der Verteidiger", "sein Anwalt").
     */
    private static String clientBefore(String word) {
        String name = NameWords.stripPossessive(word);
        if (name.equals(word)) {
            if (!word.endsWith("s") || word.endsWith("ss") || word.length() < 4) return null;
            name = word.substring(0, word.length() - 1);
        }
        return Character.isUpperCase(name.codePointAt(0)) && NameWords.mayBeName(name) ? name : null;
    }
}
