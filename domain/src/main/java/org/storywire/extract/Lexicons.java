package org.storywire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.storywire.analyse.ThreeLetterIndex;
import org.storywire.clean.CalendarWords;
import org.storywire.clean.GatedAlternation;
import org.storywire.clean.Lexicon;

/** The word lists extraction reads, loaded once from {@code /lexicon/} and shared (immutable). */
final class Lexicons {
    /** A reporting verb form: its class and the particle a separable verb needs. */
    record Cue(String cls, String particle, boolean particleAdjacent) {}

    record Org(String canonical, SpeakerKind kind) {}

    record ContentStance(Stance stance, GatedAlternation pattern) {}

    static final Lexicons INSTANCE = new Lexicons();

    final Map<String, List<Cue>> cuesDe = cues("speech-cues-de.txt");
    final Map<String, List<Cue>> cuesEn = cues("speech-cues-en.txt");
    final Set<String> konjunktivI = new HashSet<>();
    final Set<String> konjunktivII = new HashSet<>();
    final List<String> roleSuffixes = Lexicon.lines("roles.txt");
    final Map<String, Org> organisations = new HashMap<>();
    final Set<String> mediaNouns = new HashSet<>();
    final Set<String> mediaNames = new HashSet<>();
    final Set<String> anonymous = new HashSet<>();
    final Set<String> functionWords = new HashSet<>();
    final Set<String> timeWords = new HashSet<>();
    /** "Mr", "Ms", "Frau": forms of address before a name, no part of it. */
    final Set<String> formsOfAddress = Lexicon.words("honorifics.txt");
    final List<String> demandNouns = Lexicon.lines("demand-nouns.txt");
    final List<String> intentionNouns = Lexicon.lines("intention-nouns.txt");
    /**
     * Learned English cues whose said part is a noun phrase (eval cue-forms --write): per form ("object": "endorsed
     * Hale"; "verb": "voted for Hale"; "possessed": "his attacks on Hale") the lemmas, with their preposition for the
     * latter two ("vote for", "attack on").
     */
    private final Map<String, Set<String>> phraseCuesEn = phraseCues("phrase-cues-en.txt");
    /** English verbs that take a that-clause without reporting anything ("ensure that", "given that"). */
    final Set<String> notThatClauseVerbsEn = Lexicon.words("not-speech-that-clause-en.txt");
    final List<String> reportNouns = Lexicon.lines("report-nouns-de.txt");
    /** German words that make "würden" a conditional ("Falls es regnet, würden ..."). */
    final Set<String> conditionWordsDe = Lexicon.kindWords("condition", "clause-words-de.txt");
    /** German prepositions that attach a place or a body to a noun ("die Regierung in Velgrad", "aus Regierungskreisen"). */
    final Set<String> placePrepositionsDe = Lexicon.kindWords("place", "clause-words-de.txt");
    /** The content patterns of each stance in one alternation, in file order of the stances. */
    final List<ContentStance> contentStancePatterns = new ArrayList<>();
    final List<String> stanceTriggers = new ArrayList<>();

    /** Whether lower-cased content could match a content stance pattern at all. */
    boolean mayCarryStance(String lowerContent) {
        for (String trigger : stanceTriggers) if (lowerContent.contains(trigger)) return true;
        return false;
    }
    final CharArraySet germanStop = GermanAnalyzer.getDefaultStopSet();
    final CharArraySet englishStop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private Lexicons() {
        for (String line : Lexicon.lines("konjunktiv-de.txt")) {
            boolean two = line.startsWith("II ");
            for (String form : (two ? line.substring(3) : line).split("\\s+")) (two ? konjunktivII : konjunktivI).add(form);
        }
        for (String line : Lexicon.lines("organisations.txt")) {
            String[] f = line.split("\t");
            organisations.put(f[0].toLowerCase(Locale.ROOT), new Org(f[1], SpeakerKind.valueOf(f[2])));
        }
        for (String line : Lexicon.lines("media.txt")) {
            String[] f = line.split("\t");
            (f[0].equals("noun") ? mediaNouns : mediaNames).add(f[1].toLowerCase(Locale.ROOT));
        }
        for (String line : Lexicon.lines("anonymous-sources.txt")) anonymous.add(line.toLowerCase(Locale.ROOT));
        for (String line : Lexicon.lines("function-words.txt")) functionWords.addAll(List.of(line.split("\\s+")));
        for (String line : Lexicon.lines("time-words.txt")) timeWords.addAll(List.of(line.split("\\s+")));
        timeWords.addAll(CalendarWords.names());
        Map<Stance, List<String>> byStance = new java.util.LinkedHashMap<>();
        for (String line : Lexicon.lines("stance-content.txt")) {
            String[] f = line.split("\t");
            if (f[0].equals("trigger")) { stanceTriggers.add(f[1]); continue; }
            byStance.computeIfAbsent(Stance.valueOf(f[0]), k -> new ArrayList<>()).add("(?:" + f[1] + ")");
        }
        // matched on lower-cased text: case-insensitive matching is several times slower
        byStance.forEach((stance, res) -> contentStancePatterns.add(new ContentStance(stance, GatedAlternation.of("(?u)", res))));
    }

    /**
     * The cues of a list: a word form to its cues. A particle field of the form "@list.txt" or "@list.txt+" stands for
     * each word of that word list ("zeigte sich enttäuscht", "zeigte sich erleichtert": one line for a class of words).
     */
    static Map<String, List<Cue>> cues(String resource) {
        Map<String, List<Cue>> map = new HashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] f = line.split("\t");
            String particle = f.length > 2 ? f[2].strip().toLowerCase(Locale.ROOT) : null;
            boolean adjacent = particle != null && particle.endsWith("+");
            if (adjacent) particle = particle.substring(0, particle.length() - 1);
            List<Cue> cues = new ArrayList<>();
            if (particle != null && particle.startsWith("@")) {
                for (String word : Lexicon.wordList(particle.substring(1))) cues.add(new Cue(f[0], word, adjacent));
            } else {
                cues.add(new Cue(f[0], particle, adjacent));
            }
            for (String form : f[1].split("\\s+")) map.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(cues);
        }
        return map;
    }

    private static Map<String, Set<String>> phraseCues(String resource) {
        Map<String, Set<String>> map = new HashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] f = line.split("\t");
            map.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
        }
        return map;
    }

    /** Whether the corpus-learned list names the lemma (with its preposition, if any) as a cue of that form. */
    boolean phraseCue(String form, String lemma) {
        return phraseCuesEn.getOrDefault(form, Set.of()).contains(lemma);
    }

    boolean isStop(String lower, boolean english) {
        return functionWords.contains(lower) || (english ? englishStop.contains(lower) : germanStop.contains(lower));
    }

    /** A word of the text: in German text "WHO", "IT" in capitals are names, whatever English word they spell. */
    boolean isStop(Token t, boolean english) {
        return (english || !t.acronym()) && isStop(t.lower(), english);
    }

    /** The role ending of a capitalised word ("Kremlsprecher" -> "sprecher"), allowing inflection; null if none. */
    String roleSuffix(String lower) {
        String best = null;
        for (String inflection : ROLE_INFLECTIONS) {
            if (!lower.endsWith(inflection)) continue;
            int stemEnd = lower.length() - inflection.length();
            if (stemEnd < ROLE_KEY) continue;
            // indexed, not iterated: most words end in no role, and the empty list's iterator was made for each of them
            List<String> roles = rolesByEnding.getOrDefault(lower, stemEnd - ROLE_KEY, List.of());
            for (int k = 0; k < roles.size(); k++) {
                String role = roles.get(k);
                int at = stemEnd - role.length();
                if (at >= 0 && lower.regionMatches(at, role, 0, role.length()) && (best == null || role.length() > best.length())) best = role;
            }
        }
        return best;
    }

    // Roles by their last letters: this runs for every capitalised word, and a word ends in few of them.
    private static final int ROLE_KEY = 3;
    private final ThreeLetterIndex<List<String>> rolesByEnding = new ThreeLetterIndex<>(rolesByEnding(roleSuffixes));

    private static Map<String, List<String>> rolesByEnding(List<String> roles) {
        Map<String, List<String>> index = new HashMap<>();
        for (String role : roles) {
            if (role.length() < ROLE_KEY) throw new IllegalStateException("role ending shorter than " + ROLE_KEY + " letters: " + role);
            index.computeIfAbsent(role.substring(role.length() - ROLE_KEY), k -> new ArrayList<>()).add(role);
        }
        return index;
    }

    /** The uninflected word, then the endings of role-inflections-de.txt in file order. */
    private static final List<String> ROLE_INFLECTIONS = withUninflected(Lexicon.wordList("role-inflections-de.txt"));

    private static List<String> withUninflected(List<String> endings) {
        List<String> all = new ArrayList<>(List.of(""));
        all.addAll(endings);
        return List.copyOf(all);
    }


    /** "Angaben", "Polizeiangaben", "Erkenntnissen": a noun that introduces reported content after "nach". */
    boolean isReportNoun(String lower) {
        return reportNounOf(lower) != null;
    }

    /**
     * The longest report noun, in any of its plural or genitive forms, that {@code lower} ends in ("polizeiangaben" ->
     * "angaben", "untersuchungen" -> "untersuchungen"), or null: the list spells each noun once or twice.
     */
    String reportNounOf(String lower) {
        String longest = null;
        for (String noun : reportNouns) {
            if (!lower.contains(noun)) continue;
            for (String ending : NOUN_INFLECTIONS) {
                String form = noun + ending;
                if (lower.endsWith(form) && (longest == null || form.length() > longest.length())) longest = form;
            }
        }
        return longest;
    }

    /** Plural and genitive endings of German nouns: "Untersuchungen", "Studien", "Berichts". */
    private static final List<String> NOUN_INFLECTIONS = List.of("", "n", "en", "s", "es");

    /** Adverbs and other words ending in -e that are never a Konjunktiv I verb. */
    final Set<String> notKonjunktiv = Lexicon.words("not-konjunktiv-de.txt");

    /** What a denial can deny: a report, an accusation, a claim ("the report", "die Vorwürfe", "Berichte"). */
    private static final List<String> PROPOSITION_NOUNS = Lexicon.wordList("proposition-nouns.txt");

    /** Endings that derive a person from a noun of what is said: "Kritiker" is who criticises, not a criticism. */
    private static final Set<String> AGENT_ENDINGS = Lexicon.words("agent-endings.txt");

    /** "Kritiker", "Beobachterin", "Ermittlern": a noun ending in an agent ending names people, whatever its stem. */
    boolean isAgentNoun(String lower) {
        for (String ending : AGENT_ENDINGS) if (lower.endsWith(ending) && lower.length() > ending.length() + 2) return true;
        return false;
    }

    boolean isPropositionNoun(String lower) {
        for (String n : PROPOSITION_NOUNS) {
            int at = lower.indexOf(n);
            if (at < 0 || AGENT_ENDINGS.contains(lower.substring(at + n.length()))) continue;
            if (at == 0 || lower.length() > n.length() + 3) return true;
        }
        return false;
    }

    /** German demands match as word starts, so plurals and compounds count ("Forderungen"); English ones as the noun or its plural, so "planned" is no plan. */
    boolean isDemand(String lower, boolean english) {
        return startsWithAny(demandNouns, lower, english);
    }

    /** "Pläne", "plans", "Absicht": what the speaker would do, a fact when denied ("dementiert Pläne"). */
    boolean isIntention(String lower, boolean english) {
        return startsWithAny(intentionNouns, lower, english);
    }

    private static boolean startsWithAny(List<String> nouns, String lower, boolean english) {
        for (String noun : nouns) {
            if (english ? lower.equals(noun) || lower.equals(noun + "s") : lower.startsWith(noun)) return true;
        }
        return false;
    }
}
