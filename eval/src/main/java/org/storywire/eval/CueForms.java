package org.storywire.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.storywire.analyse.DictionaryReader;
import org.storywire.eval.CorpusWords.Word;
import org.storywire.clean.Lexicon;
import org.storywire.analyse.EnglishDictionary;

/**
 * How often an English verb lemma heading a complement of a given form ("plans to ...", "wondered
 * whether ...") is an annotated attribution in a quotation corpus: the verb lies in a gold cue and the
 * gold content holds the complement. The share is the lemma's precision as a cue of that form; the
 * missed count says how many attributions the extraction misses today that the lemma would reach.
 *
 * <p>The short forms count the same for a noun phrase as what is said: a verb with its object
 * ("endorsed Senator Hale"), a verb with a preposition and its object ("voted for Hale"), a noun with
 * one ("support for Hale", "attacks on the plan"); the lemma of the two latter is the word and its
 * preposition ("vote for", "attack on").
 */
final class CueForms {
    /** The complement forms counted; those extraction reads ({@link #PHRASE}) are the keys of the lexicon's phrase-cues-en.txt. */
    enum Form { to, wh, predicative, adjective, object, verb, noun, possessed, verbnoun, particle }

    /**
     * The forms extraction reads from phrase-cues-en.txt: the to-infinitive, the predicative adjective, an adjective with a preposition after a
     * copula ("was critical of the plan": the lemma is the adjective and its preposition) and the short forms. A noun with a preposition is listed only behind a possessive
     * ("his attacks on Hale"), which names who holds it: PolNeAR annotates no bare noun form in even 40 % of its occurrences; or as
     * a verb's object ("voiced strong criticism of Hale": the lemma is the noun and its preposition), whose subject holds it.
     */
    static final Set<Form> PHRASE = Set.of(Form.to, Form.predicative, Form.adjective, Form.object, Form.verb, Form.possessed, Form.verbnoun, Form.particle);

    record Key(Form form, String lemma) {}

    /** Occurrences of a lemma with a form, how many of them are annotated attributions, and how many of those are missed. */
    static final class Count {
        int occurrences;
        int annotated;
        int missed;

        double share() { return occurrences == 0 ? 0 : (double) annotated / occurrences; }

        /**
         * The Wilson lower bound of the share at {@code z} standard deviations: a rare lemma needs a higher share
         * than a frequent one to reach the same bound; at z = 0 it is the share itself.
         */
        double lowerBound(double z) {
            if (occurrences == 0) return 0;
            double n = occurrences, p = share(), z2 = z * z;
            return (p + z2 / (2 * n) - z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))) / (1 + z2 / n);
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}’'-]*");
    private static final Set<String> WH_WORDS = Set.of("what", "how", "why", "whether", "if", "who", "when", "where");
    /** The prepositions between a verb or noun and the phrase it takes ("vote for", "attack on"). */
    static final Set<String> PREPOSITIONS = Set.of("for", "on", "against", "about", "of", "with", "at", "over", "to");
    /** Words that open a noun phrase after a verb or preposition, besides names, numbers and possessives. */
    static final Set<String> PHRASE_OPENERS = Lexicon.words("phrase-openers-en.txt");
    /** Words before a form that make it a noun. */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our",
            "my", "your", "of", "for", "in", "on", "with", "against", "and", "strong", "new", "public");

    private final Map<Key, Count> counts = new TreeMap<>(Comparator.comparing(Key::form).thenComparing(Key::lemma));

    Map<Key, Count> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Counts one document; {@code missed} are its gold quotes the extraction did not match. */
    void add(QuotesEvaluation.Document doc, List<QuotesEvaluation.GoldQuote> missed) {
        Set<QuotesEvaluation.GoldQuote> missedSet = CorpusWords.missed(missed);
        String text = doc.text();
        List<Word> words = CorpusWords.of(text, WORD);
        for (int i = 0; i + 2 < words.size(); i++) {
            Word verb = words.get(i);
            Word next = words.get(i + 1);
            if (!text.substring(verb.end(), next.begin()).isBlank()) continue;
            Word before = i > 0 ? words.get(i - 1) : null;
            // "in on", "out against": a preposition or particle is no noun or verb with a phrase of its own
            boolean function = EnglishDictionary.isFunctionWord(verb.lower());
            String noun = function ? null : nounAt(text, verb, before);
            Word nounObject = noun != null && PREPOSITIONS.contains(next.lower()) && !next.lower().equals("to") ? phraseAt(text, next, words.get(i + 2)) : null;
            if (nounObject != null) {
                count(new Key(Form.noun, noun + " " + next.lower()), doc, verb, nounObject, missedSet);
                if (before != null && possessive(before.lower())) count(new Key(Form.possessed, noun + " " + next.lower()), doc, verb, nounObject, missedSet);
                continue;
            }
            if (!Character.isLowerCase(text.charAt(verb.begin()))) continue;
            countAdjective(text, words, i, doc, missedSet);
            String lemma = verbLemma(verb.lower());
            if (lemma == null) continue;
            if (!function && noun == null) countNounObject(text, words, i, doc, missedSet);
            Form form = formOf(text, next, words.get(i + 2));
            Word predicative = form == null && !function && noun == null ? predicativeAt(text, words, i + 1) : null;
            if (form != null) {
                count(new Key(form, lemma), doc, verb, next, missedSet);
            } else if (predicative != null) {
                count(new Key(Form.predicative, lemma), doc, verb, predicative, missedSet);
            } else if (function || noun != null) {
                continue;
            } else if (countParticle(text, words, i, lemma, doc, missedSet)) {
                continue;
            } else if (PREPOSITIONS.contains(next.lower()) && !next.lower().equals("to") && i + 3 < words.size()
                    && phraseAt(text, next, words.get(i + 2)) != null) {
                count(new Key(Form.verb, lemma + " " + next.lower()), doc, verb, words.get(i + 2), missedSet);
            } else if (objectAt(text, verb, next) != null) {
                count(new Key(Form.object, lemma), doc, verb, next, missedSet);
            }
        }
    }

    /** The particles of English phrasal verbs ("lashed out at", "shrugged off", "weighed in on"): one list with extraction. */
    static final Set<String> PARTICLES = Lexicon.words("particles-en.txt");

    /**
     * "lashed out at the board", "shrugged off the report", "weighed in on the plan": a verb, its particle and a preposition
     * with its phrase (lemma "lash out at"), or a verb and its particle with an object (lemma "shrug off"); "in" only before a
     * preposition, since "spoke in Dunmore" has none. Returns whether the form was counted.
     */
    private boolean countParticle(String text, List<Word> words, int i, String lemma, QuotesEvaluation.Document doc, Set<QuotesEvaluation.GoldQuote> missedSet) {
        Word particle = words.get(i + 1);
        if (!PARTICLES.contains(particle.lower()) || i + 3 >= words.size()) return false;
        Word after = words.get(i + 2);
        if (!text.substring(particle.end(), after.begin()).isBlank()) return false;
        Word cue = new Word(words.get(i).lower(), words.get(i).begin(), particle.end());
        if (PARTICLE_PREPOSITIONS.contains(after.lower())) {
            Word phrase = phraseAt(text, after, words.get(i + 3));
            if (phrase == null) return false;
            count(new Key(Form.particle, lemma + " " + particle.lower() + " " + after.lower()), doc, cue, phrase, missedSet);
            return true;
        }
        Word object = particle.lower().equals("in") ? null : objectAt(text, particle, after);
        if (object == null) return false;
        count(new Key(Form.particle, lemma + " " + particle.lower()), doc, cue, object, missedSet);
        return true;
    }

    /** The prepositions behind a particle ("out at", "away from", "in on"). */
    static final Set<String> PARTICLE_PREPOSITIONS = Set.of("for", "on", "against", "about", "of", "with", "at", "to", "from");

    /** Copula-like verb forms before a predicative adjective with a preposition: one list with extraction. */
    static final Set<String> COPULAS = Lexicon.words("copulas-en.txt");
    /** "was not critical of", "is also wary of": a word between the copula and its adjective (or its degree adverb). */
    static final Set<String> COPULA_ADVERBS = Lexicon.words("copula-adverbs-en.txt");

    /** "was critical of the plan", "remains very wary of Hale": a copula, an adjective (maybe behind a degree adverb), a preposition and a phrase. */
    private void countAdjective(String text, List<Word> words, int i, QuotesEvaluation.Document doc, Set<QuotesEvaluation.GoldQuote> missedSet) {
        if (!COPULAS.contains(words.get(i).lower())) return;
        int j = i + 1;
        if (j + 1 < words.size() && COPULA_ADVERBS.contains(words.get(j).lower())) j++;
        Word adjective = predicativeAt(text, words, j);
        if (adjective == null) return;
        int k = words.get(j) == adjective ? j : j + 1;
        if (k + 2 >= words.size() || !PREPOSITIONS.contains(words.get(k + 1).lower()) || !text.substring(adjective.end(), words.get(k + 1).begin()).isBlank()) return;
        Word phrase = phraseAt(text, words.get(k + 1), words.get(k + 2));
        if (phrase != null) count(new Key(Form.adjective, adjective.lower() + " " + words.get(k + 1).lower()), doc, adjective, phrase, missedSet);
    }

    /**
     * Verb forms the hand-written cue list names without a particle: extraction reads them as cues by themselves ("said
     * four of them"), so their object's noun is no evidence for the form verbnoun.
     */
    private static final Set<String> LISTED_VERBS = listedVerbs();
    /** "has expressed concerns about": an auxiliary before its participle has no object; one list with extraction. */
    private static final Set<String> FINITE_AUXILIARIES = Lexicon.words("finite-auxiliaries-en.txt");

    private static Set<String> listedVerbs() {
        Set<String> forms = new HashSet<>();
        for (String line : Lexicon.lines("speech-cues-en.txt")) {
            String[] f = line.split("\t");
            if (f.length == 2) forms.addAll(List.of(f[1].split("\\s+")));
        }
        return forms;
    }

    /** "voiced strong criticism of the plan", "raised concerns about Hale": a verb's object ending on a noun with a preposition and a phrase behind it. */
    private void countNounObject(String text, List<Word> words, int i, QuotesEvaluation.Document doc, Set<QuotesEvaluation.GoldQuote> missedSet) {
        String verb = words.get(i).lower();
        if (COPULAS.contains(verb) || FINITE_AUXILIARIES.contains(verb) || LISTED_VERBS.contains(verb)) return;
        int k = EnglishDictionary.objectNounAt(j -> lowerJoined(text, words, j), i + 1, words.size());
        if (k < 0 || k + 2 >= words.size() || !PREPOSITIONS.contains(words.get(k + 1).lower())) return;
        String noun = EnglishDictionary.nounLemma(words.get(k).lower());
        Word phrase = objectAt(text, words.get(k + 1), words.get(k + 2));
        if (noun == null || phrase == null) return;
        // the corpus's cue may be the verb, the noun with its preposition or both: any of verb to noun
        Word cue = new Word(words.get(i).lower(), words.get(i).begin(), words.get(k).end());
        count(new Key(Form.verbnoun, noun + " " + words.get(k + 1).lower()), doc, cue, phrase, missedSet);
    }

    /** The word at j in lower case where it is written so and only blanks stand between it and the word before; else null. */
    private static String lowerJoined(String text, List<Word> words, int j) {
        Word word = words.get(j);
        return Character.isLowerCase(text.charAt(word.begin())) && text.substring(words.get(j - 1).end(), word.begin()).isBlank() ? word.lower() : null;
    }

    private void count(Key key, QuotesEvaluation.Document doc, Word cue, Word content, Set<QuotesEvaluation.GoldQuote> missedSet) {
        Count count = counts.computeIfAbsent(key, k -> new Count());
        count.occurrences++;
        QuotesEvaluation.GoldQuote gold = attributionAt(doc, cue, content);
        if (gold == null) return;
        count.annotated++;
        if (missedSet.contains(gold)) count.missed++;
    }

    /** The word after {@code word} when it opens a noun phrase (an opener, a name, a number or a possessive) on the same line; else null. */
    private static Word phraseAt(String text, Word word, Word next) {
        if (!text.substring(word.end(), next.begin()).isBlank()) return null;
        char c = text.charAt(next.begin());
        boolean opens = PHRASE_OPENERS.contains(next.lower()) || Character.isUpperCase(c) || next.lower().endsWith("'s") || next.lower().endsWith("’s");
        return opens ? next : null;
    }

    /** The word after a verb when it opens its object: a noun phrase as {@link #phraseAt} reads it, or a bare noun or adjective ("denied wrongdoing"); else null. */
    private static Word objectAt(String text, Word verb, Word next) {
        Word phrase = phraseAt(text, verb, next);
        if (phrase != null || !text.substring(verb.end(), next.begin()).isBlank()) return phrase;
        return Character.isLowerCase(text.charAt(next.begin())) && EnglishDictionary.opensBarePhrase(next.lower()) ? next : null;
    }

    /** The possessive determiners extraction reads ("his attacks on Hale"): one list for both. */
    private static final Set<String> POSSESSIVES = Lexicon.words("possessives-en.txt");

    /** "his", "Hale's": a possessive determiner or a word in the possessive case. */
    private static boolean possessive(String lower) {
        return POSSESSIVES.contains(lower) || lower.endsWith("'s") || lower.endsWith("’s");
    }


    /**
     * The noun lemma of a lower-case word the dictionary reads as a noun, where the word before it makes it
     * one (a determiner, a possessive, a preposition) or the dictionary knows no verb of it; else null.
     */
    private static String nounAt(String text, Word word, Word before) {
        if (!Character.isLowerCase(text.charAt(word.begin()))) return null;
        String noun = null;
        boolean verb = false;
        for (DictionaryReader.Entry e : EnglishDictionary.entries(word.lower())) {
            if (e.tag() == null || e.lemma() == null) continue;
            if ((e.tag().equals("NN") || e.tag().equals("NNS")) && noun == null) noun = e.lemma();
            if (e.tag().startsWith("VB")) verb = true;
        }
        if (noun == null) return null;
        boolean marked = before != null && (NOUN_MARKERS.contains(before.lower()) || possessive(before.lower()));
        return marked || !verb ? noun : null;
    }

    private static final Set<String> DEGREE_ADVERBS = Lexicon.words("degree-adverbs-en.txt");

    /**
     * The adjective of a predicative complement at k, maybe behind a degree adverb ("seemed tired", "appears very
     * weak"): a lower-case word the dictionary reads as an adjective and not as a noun; else null.
     */
    private static Word predicativeAt(String text, List<Word> words, int k) {
        if (k + 1 < words.size() && (DEGREE_ADVERBS.contains(words.get(k).lower()) || words.get(k).lower().endsWith("ly"))) k++;
        Word word = words.get(k);
        if (!text.substring(words.get(k - 1).end(), word.begin()).isBlank() || !Character.isLowerCase(text.charAt(word.begin())) || EnglishDictionary.isFunctionWord(word.lower())) return null;
        boolean adjective = false;
        for (DictionaryReader.Entry e : EnglishDictionary.entries(word.lower())) {
            if (e.tag() == null) continue;
            if (e.tag().startsWith("NN") && !e.tag().startsWith("NNP")) return null;
            if (e.tag().startsWith("JJ") || e.tag().equals("VBN")) adjective = true;
        }
        // "support free trade": an adjective before a noun opens an object, no complement
        if (!adjective || k + 1 < words.size() && text.substring(word.end(), words.get(k + 1).begin()).isBlank() && EnglishDictionary.isCommonNoun(words.get(k + 1).lower())) return null;
        return word;
    }

    /** "to" before a lower-case word with a verb reading, or a wh-word, right behind the verb; else null. */
    private static Form formOf(String text, Word next, Word afterNext) {
        if (next.lower().equals("to") && text.substring(next.end(), afterNext.begin()).isBlank()
                && Character.isLowerCase(text.charAt(afterNext.begin())) && verbLemma(afterNext.lower()) != null) return Form.to;
        return WH_WORDS.contains(next.lower()) ? Form.wh : null;
    }

    /**
     * The gold attribution whose cue holds the verb and whose content holds the complement's first word, or null.
     * The content may begin before it: "the plan seemed to ..." has the subject and the complement as content.
     */
    private static QuotesEvaluation.GoldQuote attributionAt(QuotesEvaluation.Document doc, Word verb, Word complement) {
        for (QuotesEvaluation.GoldQuote q : doc.quotes()) {
            if (q.quote().overlaps(complement.begin(), complement.begin() + 1) && q.cue().overlaps(verb.begin(), verb.end())) return q;
        }
        return null;
    }

    /** The lemma of the form's first verb reading in the English dictionary, or null. */
    static String verbLemma(String lower) {
        for (DictionaryReader.Entry e : EnglishDictionary.entries(lower)) {
            if (e.tag() != null && e.tag().startsWith("VB") && e.lemma() != null) return e.lemma();
        }
        return null;
    }

    /** The lemmas of each form seen at least {@code minOccurrences} times whose share's lower bound at {@code z} is at least the form's {@code minShare}. */
    Map<Form, List<String>> select(int minOccurrences, ToDoubleFunction<Form> minShare, double z) {
        Map<Form, List<String>> selected = new TreeMap<>();
        counts.forEach((key, count) -> {
            if (selects(count, minOccurrences, minShare.applyAsDouble(key.form()), z)) selected.computeIfAbsent(key.form(), f -> new ArrayList<>()).add(key.lemma());
        });
        return selected;
    }

    static boolean selects(Count count, int minOccurrences, double minShare, double z) {
        return count.occurrences >= minOccurrences && count.lowerBound(z) >= minShare;
    }
}
