package org.storywire.analyse;

import java.util.List;
import java.util.Locale;
import org.storywire.clean.Lexicon;

/**
 * German word forms from LanguageTool's morphology dictionary ({@code de.danielnaber:german-pos-dict},
 * CC BY-SA 4.0 data read unmodified with morfologik): what capitalisation cannot tell in German,
 * where every noun is capitalised. A word the dictionary knows only as a common noun ("Trainer",
 * "Entlassung") is no name; one it does not know at all (an invented company, a rare surname) is one,
 * unless it is a compound of known words ("Munitions|lager"). Thread-safe: the dictionary is shared,
 * each thread has its own lookup.
 *
 * <p>The one reader of the German dictionary: it is loaded once, here, and extraction's
 * {@code extract/Morphology} folds the same look-ups ({@link #entries}) into its own bits.
 */
public final class GermanDictionary {

    /** What the dictionary knows a form as: a proper noun ({@code EIG}), a common noun ({@code SUB}), another word, or nothing. */
    public enum Kind { PROPER, COMMON, OTHER, UNKNOWN }

    private static final String RESOURCE = "/org/languagetool/resource/de/german.dict";
    private static final DictionaryReader READER = new DictionaryReader(RESOURCE, "de.danielnaber:german-pos-dict");
    /** The shortest tail of a compound that is tried as a noun of its own. */
    private static final int COMPOUND_TAIL = 3;
    private static final List<String> LINKING_ELEMENTS = Lexicon.wordList("compound-links-de.txt");

    private GermanDictionary() {}

    /** What the dictionary says about a form as written (case matters); a proper-noun reading wins. */
    public static Kind kind(String form) {
        return reading(form).kind();
    }

    /** What the callers ask of one form, read from a single look-up. */
    private record Reading(Kind kind, boolean firstName, boolean surname, String properLemma, boolean place, boolean pluralOnly) {}

    /** The tags' last field for a proper noun naming a country, a region or a city. */
    private static final List<String> PLACE_TAGS = List.of(":COU", ":GEB", ":STD");

    /**
     * Readings of recent forms, shared by all threads: an article repeats its words and the same word is asked
     * about by several steps, and a look-up walks the automaton. Cleared when full, so a long run
     * keeps it bounded; the dictionary never changes, so a reading never goes stale.
     */
    private static final WordMemo<String, Reading> READINGS = new WordMemo<>(50_000, form -> read(entries(form)));

    private static Reading reading(String form) {
        return READINGS.get(form);
    }

    /**
     * Every analysis of the form as written (case matters), in the dictionary's order; none when it
     * does not know the form. Never throws.
     */
    public static List<DictionaryReader.Entry> entries(String form) {
        return READER.entries(form);
    }

    private static Reading read(List<DictionaryReader.Entry> analyses) {
        if (analyses.isEmpty()) return new Reading(Kind.UNKNOWN, false, false, null, false, false);
        boolean common = false;
        boolean proper = false;
        boolean firstName = false;
        boolean surname = false;
        String properLemma = null;
        boolean place = false;
        boolean singular = false;
        boolean plural = false;
        for (DictionaryReader.Entry w : analyses) {
            String t = w.tag();
            if (t == null) continue;
            plural |= t.contains(":PLU");
            singular |= t.contains(":SIN");
            if (t.startsWith("EIG")) {
                proper = true;
                for (String tag : PLACE_TAGS) place |= t.endsWith(tag);
                firstName |= t.endsWith(":VOR");
                surname |= t.endsWith(":NAC");
                if (properLemma == null) properLemma = w.lemma();
            }
            if (t.startsWith("SUB")) common = true;
        }
        return new Reading(proper ? Kind.PROPER : common ? Kind.COMMON : Kind.OTHER, firstName, surname, properLemma, place, plural && !singular);
    }

    /** Whether the dictionary knows the form as written, or in lower case. */
    public static boolean isKnown(String form) {
        return kind(form) != Kind.UNKNOWN || kind(form.toLowerCase(Locale.ROOT)) != Kind.UNKNOWN;
    }

    /** Whether the form is a first name ("Henrike", "Marcus"): a mention opening with one names a person. */
    public static boolean isFirstName(String form) {
        return reading(form).firstName();
    }

    /** Whether the form is a surname ("Müller", "Lindner"; tag NAC): a headline label of one is a person, unlike a place ("Japan"). */
    public static boolean isSurname(String form) {
        return reading(form).surname();
    }

    /** Whether the form names a country, a region or a city ("Japan", "NRW", "Berlin"). */
    public static boolean isPlace(String form) {
        return reading(form).place();
    }

    /** Whether the dictionary knows the form only in the plural ("USA", "Leute"). */
    public static boolean pluralOnly(String form) {
        return reading(form).pluralOnly();
    }

    /** The lemma of a proper-noun form ("Putins" -> "Putin"), or null. */
    public static String properLemma(String form) {
        return reading(form).properLemma();
    }

    /**
     * A capitalised word the dictionary does not know is a common noun when it is a compound of known
     * words: a known word (perhaps with a linking -s/-es/-n/-en/-e) followed by a known common noun
     * ("Munitions|lager", "Koalitions|gespräche") or by the -ung noun of a known verb, which the dictionary lists only
     * in part ("Urteils|verkündung": "verkünden"); such a noun alone is one too ("Verkündung"). Else it is probably a name ("Sarenburg": "Saren" is no word, so the
     * "Burg" at its end does not make it a noun; "Larsfeld": a first name and a noun make a surname).
     */
    public static boolean isUnknownCompoundNoun(String form) {
        return COMPOUNDS.get(form);
    }

    /**
     * isUnknownCompoundNoun's answers for recent forms, shared by all threads: a split looks up every tail of the word, and the
     * same names and compounds are asked about by the grouper and the extractor in every article that writes them.
     */
    private static final WordMemo<String, Boolean> COMPOUNDS = new WordMemo<>(20_000, GermanDictionary::splitsIntoKnownWords);

    private static boolean splitsIntoKnownWords(String form) {
        if (isVerbalNoun(form) || isQualityNoun(form)) return true;
        for (int i = 3; i <= form.length() - COMPOUND_TAIL; i++) {
            String tail = Character.toUpperCase(form.charAt(i)) + form.substring(i + 1);
            if (kind(tail) != Kind.COMMON && !isVerbalNoun(tail)) continue;
            String head = knownPart(form.substring(0, i));
            if (head != null && !isOnlyFirstName(head)) return true;
        }
        return false;
    }

    /**
     * "Lars" in "Larsfeld", "Henrik" in "Henriksdorf": a first name that is no common noun does not open a common compound;
     * a word made of one and a noun is a surname or a place name, a name like the words the dictionary does not know.
     */
    private static boolean isOnlyFirstName(String part) {
        if (!isFirstName(part)) return false;
        for (DictionaryReader.Entry e : entries(part)) if (e.tag() != null && e.tag().startsWith("SUB")) return false;
        return true;
    }

    /** "Verkündung", "Änderungen": a noun in -ung of a verb the dictionary knows ("verkünden", "ändern"). */
    private static boolean isVerbalNoun(String form) {
        String stem = form.endsWith("ungen") ? form.substring(0, form.length() - 5) : form.endsWith("ung") ? form.substring(0, form.length() - 3) : null;
        if (stem == null || stem.length() < 3) return false;
        String verb = stem.toLowerCase(Locale.ROOT);
        return isKnown(verb + "en") || isKnown(verb + "n");
    }

    /** "Echtheit", "Sauberkeit", "Genauigkeit": a noun in -heit/-keit of an adjective the dictionary knows ("echt"). */
    private static boolean isQualityNoun(String form) {
        for (String suffix : QUALITY_SUFFIXES) {
            for (String ending : List.of(suffix + "en", suffix)) {
                if (!form.endsWith(ending)) continue;
                String stem = form.substring(0, form.length() - ending.length()).toLowerCase(Locale.ROOT);
                if (stem.length() >= 3 && isKnown(stem)) return true;
            }
        }
        return false;
    }

    private static final List<String> QUALITY_SUFFIXES = List.of("igkeit", "heit", "keit");

    /**
     * The word a compound's first part stands for: the part itself when the dictionary knows it, else
     * the part without its linking element ("Regierungs" -> "Regierung"); the part as given when neither is known.
     */
    public static String compoundPart(String part) {
        String known = knownPart(part);
        return known == null ? part : known;
    }

    private static String knownPart(String part) {
        if (isKnown(part)) return part;
        for (String link : LINKING_ELEMENTS) {
            if (part.length() > link.length() + 2 && part.endsWith(link) && isKnown(part.substring(0, part.length() - link.length()))) {
                return part.substring(0, part.length() - link.length());
            }
        }
        return null;
    }
}
