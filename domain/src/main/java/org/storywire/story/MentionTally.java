package org.storywire.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storywire.analyse.EnglishDictionary;
import org.storywire.analyse.GermanDictionary;
import org.storywire.clean.Lexicon;
import org.storywire.story.ArticleActors.Entity;
import org.storywire.story.ArticleWords.Word;

/**
 * What the mentions of one article say of each folded name word, counted mention by mention, and what its passages
 * say of those words: which publish a report, who holds an office of which organisation. Words that stand together
 * in one mention are joined into one entity (union-find).
 */
final class MentionTally {
    private final boolean english;
    /** Union of words that stand together in one mention; counts per folded word. */
    final Map<String, String> parent = new HashMap<>();
    final Map<String, Integer> count = new HashMap<>();
    private final Map<String, Integer> salience = new HashMap<>();
    private final Map<String, String> longestMention = new HashMap<>();
    private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();
    private final Set<String> roleHolders = new java.util.HashSet<>();
    /** Mentions of an entity that do not stand after a place word ("bei Orlesk", "the town of Orlesk"): it acts or is acted on. */
    private final Set<String> actsSomewhere = new java.util.HashSet<>();
    /**
     * Names written as the place of a site ("the Denton plant"), and those written as one who acts: opening a sentence
     * ("Denton's mayor", "Velmora bestreitet") or with a possessive. A name that locates a site and is never written as
     * one who acts is a place, though a sentence names it as an object ("plans to close Denton": the plant there).
     */
    private final Set<String> sites = new java.util.HashSet<>();
    private final Set<String> writtenAsActor = new java.util.HashSet<>();
    /** Holder word to the organisation word whose office it holds. */
    final Map<String, String> roleOf = new HashMap<>();
    final Set<String> reporters = new java.util.HashSet<>();
    private final Map<String, Integer> endsMention = new HashMap<>();
    private final Map<String, Integer> standsAlone = new HashMap<>();
    private final Set<String> persons = new java.util.HashSet<>();
    /** Office words written before a name, to the folded first word of the name. */
    final Map<String, String> officeOf = new HashMap<>();

    MentionTally(boolean english) {
        this.english = english;
    }

    void addAll(List<List<Word>> mentions, int weight) {
        for (List<Word> mention : mentions) add(mention, weight);
    }

    /** German genitives of names written without an apostrophe ("Ein Sprecher Bredes"), each to the name it inflects. */
    private final Set<String> genitives = new java.util.HashSet<>();

    /**
     * "Ein Sprecher Bredes" beside "Jonas Brede": a German name's genitive -s is the name, where the article writes the
     * name without it too. Names of four letters at least, so that short words keep their form.
     */
    void joinGenitives() {
        for (String word : List.copyOf(count.keySet())) {
            if (word.length() < 5 || !word.endsWith("s") || word.endsWith("ss")) continue;
            String name = word.substring(0, word.length() - 1);
            if (!count.containsKey(name)) continue;
            union(parent, name, word);
            genitives.add(word);
        }
    }

    /** The words of each entity (the words joined by a mention), in order of their smallest word. */
    Collection<List<String>> members() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (String word : count.keySet().stream().sorted().toList()) members.computeIfAbsent(find(parent, word), k -> new ArrayList<>()).add(word);
        return members.values();
    }

    private void add(List<Word> mention, int weight) {
        Word head = mention.get(0);
        String first = NameWords.fold(head.text());
        for (Word w : mention) addWord(first, w);
        // "the Gazette can reveal": a title noun written as a name is the paper (see withoutTownOfTitle)
        if (mention.size() == 1 && NameWords.isTitleNoun(head.text())) reporters.add(first);
        Word last = mention.get(mention.size() - 1);
        // German writes its nouns capitalised: a lower-case word after a name is no site noun there ("Holmsand plant")
        if (english && last.beforeSite()) sites.add(first);
        else if (!head.afterPlaceWord()) {
            actsSomewhere.add(first);
            // "a Korvat spokeswoman said": what has a spokesperson acts, though elsewhere it names a site ("a Korvat plant")
            if (head.opens() || last.beforeOffice() || !NameWords.stripPossessive(last.text()).equals(last.text())) writtenAsActor.add(first);
        }
        if (head.afterRole()) roleHolders.add(first);
        if (head.roleOrganisation() != null) roleOf.put(first, NameWords.fold(head.roleOrganisation()));
        if (head.office() != null) officeOf.putIfAbsent(head.office(), first);
        if (mention.size() > 1 && GermanDictionary.isFirstName(head.text())) persons.add(first);
        endsMention.merge(NameWords.fold(last.text()), 1, Integer::sum);
        if (mention.size() == 1) standsAlone.merge(first, 1, Integer::sum);
        String written = String.join(" ", mention.stream().map(w -> NameWords.stripPossessive(w.text())).toList());
        longestMention.merge(first, written, (a, b) -> b.length() > a.length() ? b : a);
        salience.merge(first, weight, Integer::sum);
    }

    private void addWord(String first, Word w) {
        String f = NameWords.fold(w.text());
        count.merge(f, 1, Integer::sum);
        surfaces.computeIfAbsent(f, k -> new HashMap<>()).merge(NameWords.stripPossessive(w.text()), 1, Integer::sum);
        union(parent, first, f);
    }

    /**
     * The key of an entity's words: an acronym the article defines ("Bürgerallianz (BA)"): other articles write it so
     * too; else, for an organisation, its distinctive word ("Harlow Motors", "Kessler AG": not the noun or legal form another
     * company's name has too), however often the article writes the noun alone ("zu den Rovers" beside one "Dunmore Rovers":
     * the English wire writes "Dunmore" throughout); then the most frequent word; then the one written alone ("Orvane", "Morsholt"), then
     * the one that ends mentions (a surname, not a first name). A person is keyed by a word that is no first name
     * before any count: a coach quoted "Wir glauben an Jana" makes the first name no more the player's key
     * than it is in the article that writes her surname alone.
     */
    String keyOf(List<String> words, Set<String> acronyms) {
        boolean person = isPerson(words, persons, roleHolders);
        return words.stream()
                .max(Comparator.<String, Boolean>comparing(acronyms::contains)
                        .thenComparing(w -> !genitives.contains(w))
                        .thenComparing(w -> !person || !GermanDictionary.isFirstName(surfaceOf(surfaces, w)))
                        .thenComparing(w -> person || !NameWords.isGenericNameWord(surfaceOf(surfaces, w)))
                        .thenComparingInt(count::get)
                        .thenComparingInt(w -> standsAlone.getOrDefault(w, 0))
                        .thenComparingInt(w -> endsMention.getOrDefault(w, 0))
                        .thenComparingInt(String::length).thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }

    /** The entity whose words are {@code words}, under {@code key}. */
    Entity entity(String key, List<String> words) {
        int total = 0;
        String display = key;
        boolean holdsRole = false;
        boolean reportsNews = false;
        boolean person = false;
        boolean place = true;
        boolean site = false;
        boolean asActor = false;
        for (String w : words) {
            place &= !actsSomewhere.contains(w);
            site |= sites.contains(w);
            asActor |= writtenAsActor.contains(w);
            person |= persons.contains(w);
            reportsNews |= reporters.contains(w);
            total += salience.getOrDefault(w, 0);
            holdsRole |= roleHolders.contains(w);
            String m = longestMention.get(w);
            if (m != null && (display.equals(key) || m.length() > display.length())) display = m;
        }
        place |= site && !asActor && !person;
        String name = surfaces.get(key).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        return new Entity(key, name, display, total, holdsRole, reportsNews, person || holdsRole, place);
    }

    // "X reported", "X hatte berichtet", "nach Informationen des X", "a report by X", "dem X zufolge": X publishes news.
    private static final String NAME = "[„\"»“]?(\\p{Lu}[\\p{L}\\p{M}'’-]+)";
    private static final Pattern REPORTS_AFTER = Pattern.compile(
            "(?u)(?:nach Informationen|unter Berufung auf|Recherchen|Bericht|report|reporting)\\s+(?:by|of|in|des|der|von|eines|einer)?\\s*(?:the|dem|den|der|des|die|das)?\\s*"
                    + "(?:\\p{Ll}+\\s+)?" + NAME);
    // An agency dateline: "ARSKAYA, Nov 3 (Halcyon Wire) -".
    private static final Pattern DATELINE_AGENCY = Pattern.compile("(?u)\\((\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)*)\\)\\s*[-–—]");
    // "the Ledger newspaper reported": the outlet's noun (lexicon/media.txt) may stand between the name and its verb.
    private static final Pattern REPORTS_BEFORE = Pattern.compile(
            "(?u)(\\p{Lu}[\\p{L}\\p{M}'’-]+)[“\"«]?\\s+(?:(?:" + String.join("|", mediaNouns()) + ")\\s+)?"
                    + "(?:reported|reports|berichtete|berichtet|meldete|hatte[^.]{0,90}?berichtet|zufolge)");

    // "die britische Zeitung „Morning Lark“", "das Boulevardblatt X", "the tabloid X": a name after a print outlet's noun (or a
    // compound ending in one) is that paper, whatever verb follows ("hat ihren Bericht zurückgezogen").
    private static final Pattern PRINT_NOUN_BEFORE = Pattern.compile(
            "(?u)(?<!\\p{L})\\p{L}*(?:[Zz]eitung|[Bb]latt|[Mm]agazin|newspaper|magazine|tabloid)\\s+"
                    + "[„\"»“]?(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)*)");

    private static List<String> mediaNouns() {
        return Lexicon.lines("media.txt").stream().filter(l -> l.startsWith("noun")).map(l -> l.split("\\s+")[1]).toList();
    }

    // Each pattern with the words it cannot match without: it is tried only on text holding one of them, since started at
    // every capitalised word it costs a scan each, and most sentences name no report. These, the office apposition and the
    // dateline stay patterns over a passage's text: they span several words and the marks between them (brackets, dashes,
    // quotation marks, a comma before the holder), which the tokens would have to spell out as the same pattern again.
    /**
     * "declines to comment on Pell reports": a name after a preposition is no subject, so "reports" after it is the noun
     * (reports about Pell), not the verb of a newsroom. "as Reuters reported" and "als der Kurier berichtete" open a clause.
     */
    private static boolean governedByPreposition(String text, int nameBegin) {
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, nameBegin - 20), nameBegin));
        if (!before.find()) return false;
        String word = before.group(1).toLowerCase(Locale.ROOT);
        return PREPOSITIONS.contains(word) && !CLAUSE_OPENING_PREPOSITIONS.contains(word);
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("(?u)(\\p{L}+)\\s+$");

    /**
     * "Falkenrod Pharma reported suspected cases ... to the authorities", "Qualcomm reported a 96 percent drop", "der Konzern
     * meldete einen Rekordgewinn": the verb with an object noun phrase right after it (an article, a possessive, a number, or
     * an adjective of figures; {@code reported-object} in {@code lexicon/story-cues.txt}, {@code indefinite-de}) is someone
     * giving its own figures or notifying an authority, not a newsroom publishing news ("reported on Monday", "reported that").
     */
    private static boolean reportsFigures(String text, Matcher verb) {
        if (verb.group().endsWith("zufolge")) return false;
        Matcher next = WORD_AFTER.matcher(text);
        next.region(verb.end(), text.length());
        if (!next.lookingAt()) return false;
        String written = next.group(1);
        String word = written.toLowerCase(Locale.ROOT);
        if (Character.isDigit(word.charAt(0)) || FIGURE_OBJECT_OPENERS.contains(word)) return true;
        // "Falkenrod reported liver cases late": a bare English noun phrase, not an adverb ("reported earlier", "yesterday")
        boolean english = verb.group().endsWith("reported") || verb.group().endsWith("reports");
        return english && written.equals(word) && opensObjectPhrase(word);
    }

    /**
     * A lower-case word the dictionary reads as a common noun or adjective and never as a function word, an adverb or a
     * past form ("liver", "losses", "strong"; not "earlier", "yesterday", "that", "closed"), so it opens the verb's object.
     */
    private static boolean opensObjectPhrase(String lower) {
        boolean content = false;
        for (var e : EnglishDictionary.entries(lower)) {
            String tag = e.tag();
            if (tag == null) continue;
            if (tag.startsWith("RB") || tag.equals("VBD") || tag.equals("VBN")) return false;
            if (tag.startsWith("JJ") || tag.startsWith("NN") && !tag.startsWith("NNP")) content = true;
        }
        return content && !EnglishDictionary.isFunctionWord(lower);
    }

    private static final Pattern WORD_AFTER = Pattern.compile("(?u)\\s+([\\p{L}\\p{N}]+)");
    private static final Set<String> FIGURE_OBJECT_OPENERS = java.util.stream.Stream.concat(
            StoryWords.words("reported-object").stream(), StoryWords.words("indefinite-de").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> PREPOSITIONS = Lexicon.words("prepositions.txt");
    private static final Set<String> CLAUSE_OPENING_PREPOSITIONS = Set.of("as", "als", "like");

    private static final List<Map.Entry<Pattern, List<String>>> REPORTER_PATTERNS = List.of(
            Map.entry(REPORTS_AFTER, List.of("nach Informationen", "unter Berufung auf", "Recherchen", "Bericht", "report")),
            Map.entry(REPORTS_BEFORE, List.of("report", "berichtet", "meldete", "zufolge")),
            Map.entry(DATELINE_AGENCY, List.of("(")),
            Map.entry(PRINT_NOUN_BEFORE, List.of("eitung", "latt", "agazin", "newspaper", "magazine", "tabloid")));

    /** Adds the folded words of the names a passage says publish a report. */
    static void addReporters(String text, Set<String> reporters) {
        for (Map.Entry<Pattern, List<String>> reporter : REPORTER_PATTERNS) {
            if (reporter.getValue().stream().noneMatch(text::contains)) continue;
            Matcher m = reporter.getKey().matcher(text);
            while (m.find()) {
                if (reporter.getKey() == REPORTS_BEFORE && (governedByPreposition(text, m.start(1)) || reportsFigures(text, m))) continue;
                for (String w : m.group(1).split("[\\s-]+")) if (!w.isEmpty()) reporters.add(NameWords.fold(w));
            }
        }
    }

    // "Die Vorsitzende der Bürgerallianz (BA) in Sarenburg, Konstanze Rehfeld": an office of a named organisation, then its holder.
    private static final Pattern OFFICE_OF_THEN_HOLDER = Pattern.compile(
            "(?u)([\\p{L}-]+)\\s+(?:der|des|of the|of)\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]+)[^,.;:]{0,40},\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’-]+\\s+)?(\\p{Lu}[\\p{L}\\p{M}'’-]+)");

    private static final Pattern LINK_WORD = Pattern.compile("(?u)\\s+(?:der|des|of)\\s");

    private static boolean isOfficeWordChar(char c) { return c == '-' || Character.isLetter(c); }

    /** Holders of an office "of" an organisation, by apposition: folded holder word to folded organisation word. */
    static Map<String, String> officesOf(String text) {
        Map<String, String> out = new HashMap<>();
        // The pattern is tried only from the word before each "der"/"des"/"of": started at every position it costs a
        // scan of each word, and this runs on every sentence.
        Matcher m = OFFICE_OF_THEN_HOLDER.matcher(text);
        Matcher link = LINK_WORD.matcher(text);
        int from = 0;
        while (link.find()) {
            int start = link.start();
            while (start > from && isOfficeWordChar(text.charAt(start - 1))) start--;
            if (start == link.start()) continue;
            m.region(start, text.length());
            if (!m.lookingAt()) continue;
            if (NameWords.namesRole(m.group(1))) out.put(NameWords.fold(m.group(3)), NameWords.fold(m.group(2)));
            from = m.end();
            if (from > link.end()) link.region(from, text.length());
        }
        return out;
    }

    private static boolean isPerson(List<String> words, Set<String> persons, Set<String> roleHolders) {
        return words.stream().anyMatch(w -> persons.contains(w) || roleHolders.contains(w));
    }

    private static String surfaceOf(Map<String, Map<String, Integer>> surfaces, String word) {
        return surfaces.get(word).entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) return x;
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (ra.equals(rb)) return;
        // The smaller word becomes the root, so the result does not depend on the order of union.
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }
}
