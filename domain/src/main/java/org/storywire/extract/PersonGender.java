package org.storywire.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storywire.analyse.DictionaryReader;
import org.storywire.analyse.GermanDictionary;
import org.storywire.clean.Lexicon;

/**
 * The sex of a person the article names, where the text or dictionary knowledge gives it, and of the personal pronouns
 * that may stand for them: "she" does not stand for a man, "er" not for a woman. Read from the name's first word as a
 * first name the German morphology dictionary knows with one sex only ("Anna", "Quentin"; it lists many names of other
 * languages) or, in English text, one of the English first-name lists ({@code first-names-*-en.txt}), from forms of address and English person nouns ({@code gendered-person-words.txt}) and from German role
 * nouns by their morphology ("Sprecherin" feminine). Anything else is {@link #UNKNOWN}, which agrees with every pronoun.
 */
enum PersonGender {
    FEMALE, MALE, UNKNOWN;

    private static final Map<String, PersonGender> WORDS = words();

    private static Map<String, PersonGender> words() {
        Map<String, PersonGender> words = new HashMap<>();
        for (Lexicon.Entry e : Lexicon.entries("gendered-person-words.txt")) {
            PersonGender g = switch (e.kind()) {
                case "female" -> FEMALE;
                case "male" -> MALE;
                default -> throw new IllegalStateException("gendered-person-words.txt: unknown kind " + e.kind());
            };
            for (String w : e.words()) words.put(w, g);
        }
        return Map.copyOf(words);
    }

    /** Whether a person of this sex cannot be the one a pronoun of sex {@code pronoun} stands for. */
    boolean conflicts(PersonGender pronoun) {
        return this != UNKNOWN && pronoun != UNKNOWN && this != pronoun;
    }

    /**
     * The sex a personal pronoun requires of a person: "he", "she" and their forms; German "er" and "sie" ("sie" may be
     * plural, but then it stands for no one man either).
     */
    static PersonGender ofPronoun(String lower, boolean english) {
        if (english) {
            return switch (lower) {
                case "he", "him", "his", "himself" -> MALE;
                case "she", "her", "hers", "herself" -> FEMALE;
                default -> UNKNOWN;
            };
        }
        return switch (lower) {
            case "er" -> MALE;
            case "sie" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** A form of address ("Mrs", "Herr") or an English person noun whose form gives the sex ("actress", "chairman"). */
    static PersonGender ofWord(String lower) {
        return WORDS.getOrDefault(lower, UNKNOWN);
    }

    private static final Set<String> FEMALE_NAMES_EN = Lexicon.words("first-names-female-en.txt");
    private static final Set<String> MALE_NAMES_EN = Lexicon.words("first-names-male-en.txt");

    /** A first name the German dictionary knows, or in English text one of the English lists ("Ethan"). */
    static boolean isFirstName(String word, boolean english) {
        return GermanDictionary.isFirstName(word) || english && (FEMALE_NAMES_EN.contains(word) || MALE_NAMES_EN.contains(word));
    }

    /**
     * A first name with one sex only ("Kim" has both, so none): as the German dictionary gives it where it knows the
     * name, else in English text as the English lists do.
     */
    static PersonGender ofFirstName(String word, boolean english) {
        if (GermanDictionary.isFirstName(word)) return ofTags(GermanDictionary.entries(word), "EIG");
        if (!english) return UNKNOWN;
        boolean female = FEMALE_NAMES_EN.contains(word);
        return female == MALE_NAMES_EN.contains(word) ? UNKNOWN : female ? FEMALE : MALE;
    }

    /**
     * A role noun's sex: English by its form ({@link #ofWord}); German by the dictionary's gender of the noun or, for a
     * compound it does not know ("Kremlsprecherin"), of its role ending ({@code roleSuffix}, as {@link Lexicons#roleSuffix}
     * finds it) with the word's own feminine "-in".
     */
    static PersonGender ofRole(String word, String roleSuffix, boolean english) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (english) return ofWord(lower);
        PersonGender byDictionary = ofTags(GermanDictionary.entries(word), "SUB");
        if (byDictionary != UNKNOWN || roleSuffix == null) return byDictionary;
        boolean feminine = lower.endsWith("in") || lower.endsWith("innen");
        return feminine || roleSuffix.endsWith("in") ? FEMALE : MALE;
    }

    /** FEMALE or MALE when the entries of the part of speech {@code pos} give one sex only, in the singular. */
    private static PersonGender ofTags(List<DictionaryReader.Entry> entries, String pos) {
        boolean female = false, male = false;
        for (DictionaryReader.Entry e : entries) {
            String t = e.tag();
            if (t == null || !t.startsWith(pos) || !t.contains(":SIN")) continue;
            female |= t.contains(":FEM");
            male |= t.contains(":MAS");
        }
        return female == male ? UNKNOWN : female ? FEMALE : MALE;
    }
}
