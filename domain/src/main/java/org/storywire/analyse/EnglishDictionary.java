package org.storywire.analyse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * English word forms from LanguageTool's morphology dictionary ({@code org.languagetool:english-pos-dict},
 * LGPL-2.1, read unmodified with morfologik, Penn tags): whether a capitalised word of a name is also an
 * ordinary noun of the language ("Motors", "Systems"), which a name's distinctive word ("Harlow") is not.
 * Thread-safe: the dictionary is shared, each thread has its own lookup.
 *
 * <p>The one reader of the English dictionary: extraction's {@code extract/Morphology} folds the same
 * look-ups ({@link #entries}) into its own bits.
 */
public final class EnglishDictionary {

    private static final String RESOURCE = "/org/languagetool/resource/en/english.dict";
    private static final DictionaryReader READER = new DictionaryReader(RESOURCE, "org.languagetool:english-pos-dict");
    private static final WordMemo<String, Boolean> COMMON_NOUNS = new WordMemo<>(20_000, EnglishDictionary::readsAsCommonNoun);
    private static final WordMemo<String, Boolean> NAMES = new WordMemo<>(20_000, EnglishDictionary::readsAsName);
    private static final WordMemo<String, Boolean> BARE_PHRASE_OPENERS = new WordMemo<>(20_000, EnglishDictionary::readsAsBarePhraseOpener);

    private static final Set<String> FUNCTION_TAGS = Set.of("IN", "DT", "PRP", "PRP$", "CC", "TO", "MD", "WDT", "WP", "RP", "EX");
    private static final Set<String> FINITE_OR_PARTICIPLE_TAGS = Set.of("VBD", "VBN", "VBZ", "VBP");

    private EnglishDictionary() {}

    /** Whether the word, in lower case, is a common noun of English (tag NN or NNS, not NNP). */
    public static boolean isCommonNoun(String word) {
        return COMMON_NOUNS.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word, capitalised as written, is a proper noun of English (tag NNP): "Perry", "Smith", not "Hotel". */
    public static boolean isName(String capitalised) {
        return NAMES.get(capitalised);
    }

    private static boolean readsAsName(String capitalised) {
        for (DictionaryReader.Entry e : entries(capitalised)) {
            if (e.tag() != null && e.tag().startsWith("NNP")) return true;
        }
        return false;
    }

    private static boolean readsAsCommonNoun(String lower) {
        for (DictionaryReader.Entry e : entries(lower)) {
            String tag = e.tag();
            if (tag != null && tag.startsWith("NN") && !tag.startsWith("NNP")) return true;
        }
        return false;
    }

    /**
     * Whether a lower-case word can open a noun phrase without a determiner ("denied wrongdoing", "backed
     * religious freedom"): the dictionary reads it as a common noun or an adjective, not as a function word nor
     * as a finite verb or participle. The learned cue forms (eval cue-forms) and extraction must agree on it.
     */
    public static boolean opensBarePhrase(String lower) {
        return BARE_PHRASE_OPENERS.get(lower);
    }

    private static boolean readsAsBarePhraseOpener(String lower) {
        boolean content = false;
        for (DictionaryReader.Entry e : entries(lower)) {
            String tag = e.tag();
            if (tag == null) continue;
            // "shares closed lower", "the plan calls for": a word that may be a finite verb or participle may be the next clause's verb
            if (FUNCTION_TAGS.contains(tag) || FINITE_OR_PARTICIPLE_TAGS.contains(tag)) return false;
            if (tag.startsWith("JJ") || tag.startsWith("NN") && !tag.startsWith("NNP")) content = true;
        }
        return content;
    }

    /** "voiced strong public criticism of": at most this many adjectives or nouns before the noun. */
    private static final int MAX_NOUN_MODIFIERS = 3;

    /**
     * "voiced strong criticism of", "raised concerns about", "gave his endorsement to": the index of the noun a verb's
     * object ends on where a preposition follows it, the object opening at {@code from} with at most one determiner or
     * possessive and a few adjectives or nouns; -1 where there is none. {@code lowerAt} gives a word in lower case, null
     * where no lower-case word joins the one before (punctuation, a name, a line break). The learned cue form
     * verbnoun (eval cue-forms) and extraction read it alike.
     */
    public static int objectNounAt(IntFunction<String> lowerAt, int from, int end) {
        int k = from;
        if (k < end && lowerAt.apply(k) != null && hasTag(lowerAt.apply(k), "DT", "PRP$")) k++;
        for (int modifiers = 0; k + 1 < end; k++, modifiers++) {
            String word = lowerAt.apply(k);
            String next = lowerAt.apply(k + 1);
            if (word == null || isFunctionWord(word)) return -1;
            if (next != null && isCommonNoun(word) && hasTag(next, "IN", "TO")) return k;
            if (modifiers == MAX_NOUN_MODIFIERS || !isCommonNoun(word) && !hasTag(word, "JJ")) return -1;
        }
        return -1;
    }

    /** Whether the dictionary reads the lower-case word as a finite verb ("is", "says", "said"). */
    public static boolean isFiniteVerb(String lower) {
        return hasTag(lower, "VBZ", "VBD", "VBP");
    }

    /** Whether the dictionary reads the lower-case word as an adjective ("angry", "upper"). */
    public static boolean isAdjective(String lower) {
        return hasTag(lower, "JJ");
    }

    /**
     * Whether the lower-case word is a common noun, an adjective or a finite verb: a word in capitals that spells one
     * ("CLOSE", "BREAKING NEWS") is shouted page text, not an acronym or a speaker's name.
     */
    public static boolean isContentWord(String lower) {
        return isCommonNoun(lower) || isAdjective(lower) || isFiniteVerb(lower);
    }

    /** The lemma of the word's first common-noun reading in the dictionary, or null: "concerns" is "concern". */
    public static String nounLemma(String lower) {
        for (DictionaryReader.Entry e : entries(lower)) {
            if (e.lemma() != null && e.tag() != null && e.tag().startsWith("NN") && !e.tag().startsWith("NNP")) return e.lemma();
        }
        return null;
    }

    /** Whether a reading's tag starts with one of these ("JJ" holds "JJR" and "JJS"). */
    private static boolean hasTag(String lower, String... tags) {
        for (DictionaryReader.Entry e : entries(lower)) {
            for (String tag : tags) if (e.tag() != null && e.tag().startsWith(tag)) return true;
        }
        return false;
    }

    /**
     * Whether the dictionary reads the word as a preposition, particle, determiner, pronoun, conjunction or modal:
     * the learned cue forms (eval cue-forms) and extraction must agree on it.
     */
    public static boolean isFunctionWord(String lower) {
        for (DictionaryReader.Entry e : entries(lower)) if (e.tag() != null && FUNCTION_TAGS.contains(e.tag())) return true;
        return false;
    }

    /**
     * Every analysis of the form as written (Penn tag and lemma), as {@link GermanDictionary#entries} gives
     * the German ones; none when the dictionary does not know it. Never throws.
     */
    public static List<DictionaryReader.Entry> entries(String form) {
        return READER.entries(form);
    }
}
