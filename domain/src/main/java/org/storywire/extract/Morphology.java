package org.storywire.extract;

import java.util.List;
import java.util.Map;
import org.storywire.analyse.DictionaryReader;
import org.storywire.analyse.EnglishDictionary;
import org.storywire.analyse.GermanDictionary;

/**
 * Word forms with lemma and part of speech at dictionary speed: LanguageTool's German
 * ({@code de.danielnaber:german-pos-dict}, CC BY-SA 4.0) and English
 * ({@code org.languagetool:english-pos-dict}, LGPL-2.1) morfologik dictionaries, read from their jars.
 *
 * <p>German tags look like {@code VER:3:SIN:KJ1:NON}, {@code SUB:NOM:PLU:FEM}, {@code EIG:NOM:SIN:MAS}
 * (proper noun); English tags are Penn tags ({@code VBD}, {@code NNS}, {@code NNP}).
 *
 * <p>Both dictionaries are read through their one reader ({@link GermanDictionary},
 * {@link EnglishDictionary}), which loads each once for every step and gives each thread its own
 * look-up. The analyses are cached for all threads. Lookups never throw; an unknown word has no
 * analyses.
 */
final class Morphology {
    /** What the dictionary tells about one word form, folded into bits. */
    static final int KJ1 = 1, KJ2 = 2, VERB = 4, NOUN = 8, PROPER = 16, INDICATIVE = 32, NOMINATIVE = 64, PARTICIPLE = 128,
            ADJECTIVE = 256, FIRST_PERSON = 512, THIRD_KJ1 = 1024, THIRD_INDICATIVE = 2048, NON_VERB = 4096,
            NOMINATIVE_MASCULINE = 8192, NEUTER_NOUN = 16384, ZU_INFINITIVE = 32768, PRESENT_PARTICIPLE = 65536,
            PREDICATIVE_ADJECTIVE = 131072, NOMINATIVE_PLURAL = 1 << 18, NOMINATIVE_SINGULAR = 1 << 19,
            THIRD_SINGULAR = 1 << 20, PLURAL_VERB = 1 << 21, PLURAL_NOUN = 1 << 22, ADVERB = 1 << 23, THIRD_PRESENT = 1 << 24,
            KNOWN = 1 << 30;

    record Analysis(int bits, String lemma) {
        boolean has(int bit) { return (bits & bit) != 0; }
        /** A verb form with no participle, adjective or noun reading ("sagte", "meinte"). */
        boolean verbOnly() { return has(VERB) && !has(NON_VERB); }
        /** A finite verb form, indicative or Konjunktiv ("sagt", "sei", "wäre"). */
        boolean finite() { return has(VERB) && (has(INDICATIVE) || has(KJ1) || has(KJ2)); }
    }

    private static final Analysis UNKNOWN = new Analysis(0, null);
    /**
     * Analyses are shared by all threads (the analyses are immutable; only the lookups are not
     * thread-safe): news repeats its words. Bounded, so that a cache that grows without end is no leak.
     */
    private static final int MAX_CACHE = 200_000;
    private static final Map<String, Analysis> GERMAN_CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Analysis> ENGLISH_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Analysis> germanCache = GERMAN_CACHE;
    private final Map<String, Analysis> englishCache = ENGLISH_CACHE;

    /** The German analyses of a word form as written (German nouns are looked up capitalised). */
    Analysis german(String form) {
        if (form.length() > 40) return UNKNOWN;
        Analysis a = germanCache.get(form);
        if (a != null) return a;
        a = analyse(GermanDictionary.entries(form), false);
        if (a.bits == 0 && Character.isUpperCase(form.charAt(0))) {
            // sentence-initial verbs and adjectives: "Sei", "Habe"
            Analysis lower = analyse(GermanDictionary.entries(form.toLowerCase(java.util.Locale.ROOT)), false);
            if (lower.bits != 0) a = lower;
        }
        if (germanCache.size() >= MAX_CACHE) germanCache.clear();
        germanCache.put(form, a);
        return a;
    }

    /** The English analyses of a word form (looked up as written, then lower-cased). */
    Analysis english(String form) {
        if (form.length() > 40) return UNKNOWN;
        Analysis a = englishCache.get(form);
        if (a != null) return a;
        a = analyse(EnglishDictionary.entries(form), true);
        if (a.bits == 0 && Character.isUpperCase(form.charAt(0))) a = analyse(EnglishDictionary.entries(form.toLowerCase(java.util.Locale.ROOT)), true);
        if (englishCache.size() >= MAX_CACHE) englishCache.clear();
        englishCache.put(form, a);
        return a;
    }

    private static Analysis analyse(List<DictionaryReader.Entry> data, boolean english) {
        if (data.isEmpty()) return UNKNOWN;
        int bits = KNOWN;
        String verbLemma = null;
        String nounLemma = null;
        for (DictionaryReader.Entry d : data) {
            String tag = d.tag();
            if (tag == null) continue;
            String lemma = d.lemma();
            if (english) {
                if (tag.startsWith("VB")) { bits |= VERB; if (verbLemma == null) verbLemma = lemma; }
                if (tag.startsWith("VBN")) bits |= PARTICIPLE;
                if (tag.startsWith("VBZ")) bits |= THIRD_PRESENT;
                if (tag.startsWith("NNS")) bits |= PLURAL_NOUN;
                if (tag.startsWith("RB")) bits |= ADVERB;
                if (tag.startsWith("NNP")) bits |= PROPER;
                else if (tag.startsWith("NN")) { bits |= NOUN; if (nounLemma == null) nounLemma = lemma; }
                if (tag.startsWith("JJ")) bits |= ADJECTIVE;
            } else {
                if (!tag.startsWith("VER")) bits |= NON_VERB;
                if (tag.startsWith("VER")) {
                    bits |= VERB;
                    if (verbLemma == null) verbLemma = lemma;
                    if (tag.contains(":KJ1")) bits |= KJ1;
                    if (tag.contains(":KJ2")) bits |= KJ2;
                    if (tag.contains(":EIZ")) bits |= ZU_INFINITIVE;
                    if (tag.contains(":PRÄ") || tag.contains(":PRT")) bits |= INDICATIVE;
                    if (tag.contains(":1:")) bits |= FIRST_PERSON;
                    boolean third = tag.contains(":3:");
                    if (third && tag.contains(":KJ1")) bits |= THIRD_KJ1;
                    if (third && (tag.contains(":PRÄ") || tag.contains(":PRT"))) bits |= THIRD_INDICATIVE;
                    if (third && tag.contains(":SIN")) bits |= THIRD_SINGULAR;
                    if (tag.contains(":PLU")) bits |= PLURAL_VERB;
                } else if (tag.startsWith("SUB")) {
                    bits |= NOUN;
                    if (tag.contains(":NOM")) bits |= NOMINATIVE;
                    if (tag.contains(":NOM:SIN:MAS")) bits |= NOMINATIVE_MASCULINE;
                    if (tag.contains(":NOM:PLU")) bits |= NOMINATIVE_PLURAL;
                    if (tag.contains(":NOM:SIN")) bits |= NOMINATIVE_SINGULAR;
                    if (tag.contains(":NEU") || tag.contains(":NOG")) bits |= NEUTER_NOUN;
                    if (nounLemma == null) nounLemma = lemma;
                } else if (tag.startsWith("EIG")) {
                    bits |= PROPER;
                    if (tag.contains(":NOM")) bits |= NOMINATIVE;
                } else if (tag.startsWith("PA2")) {
                    bits |= PARTICIPLE;
                } else if (tag.startsWith("PA1")) {
                    bits |= PRESENT_PARTICIPLE;
                } else if (tag.startsWith("ADJ")) {
                    bits |= ADJECTIVE;
                    // the uninflected form a copula takes ("ist marode", "bleibt stabil")
                    if (tag.startsWith("ADJ:PRD")) bits |= PREDICATIVE_ADJECTIVE;
                }
            }
        }
        return new Analysis(bits, verbLemma != null ? verbLemma : nounLemma);
    }

    /**
     * A distinctive Konjunktiv I form: a 3rd person KJ1 reading that no 3rd person indicative
     * shares ("sei", "habe", "gebe", "bestehe", "seien"; not "haben", "sagte"), and no reading
     * as another part of speech ("einige" is a KJ1 of "einigen" and a determiner).
     */
    boolean distinctiveKonjunktivI(String form) {
        Analysis a = german(form);
        return a.has(THIRD_KJ1) && !a.has(THIRD_INDICATIVE) && !a.has(NON_VERB);
    }

    /**
     * A distinctive Konjunktiv II form: a KJ2 reading that no indicative shares, and no reading as another part of speech
     * ("befänden", "lägen", "käme"; not "sagten", whose weak Konjunktiv II is its past tense).
     */
    boolean distinctiveKonjunktivII(String form) {
        Analysis a = german(form);
        return a.has(KJ2) && !a.has(INDICATIVE) && !a.has(NON_VERB);
    }

    /** An infinitive with "zu" inside it: "einzufangen", "zurückzutreten". */
    boolean zuInfinitive(String form) {
        return german(form).has(ZU_INFINITIVE);
    }

    /** The verb lemma of an English form ("said" -> "say"), or null. */
    String englishVerbLemma(String form) {
        Analysis a = english(form);
        return a.has(VERB) ? a.lemma() : null;
    }

    /**
     * Whether an English form is also the past tense or participle of a verb with another lemma: "found" is the base
     * of "to found" and the past of "find", so a form whose lemma is "found" ("founded") is no form of "find".
     */
    boolean pastOfAnotherVerb(String form) {
        for (DictionaryReader.Entry d : EnglishDictionary.entries(form)) {
            if (d.tag() != null && (d.tag().startsWith("VBD") || d.tag().startsWith("VBN")) && !form.equals(d.lemma())) return true;
        }
        return false;
    }

    /** The lemma of a German form, or null when the dictionary does not know it. */
    String germanLemma(String form) {
        return german(form).lemma();
    }
}
