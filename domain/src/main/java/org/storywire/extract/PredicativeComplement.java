package org.storywire.extract;

import java.util.Set;
import org.storywire.analyse.EnglishDictionary;
import org.storywire.clean.Lexicon;

/**
 * "seemed tired", "appears very weak", "seemed unconvinced": an adjective or past participle as a verb's predicative
 * complement, maybe behind a degree adverb, as eval cue-forms counts it for the learned verbs that take one. An
 * adjective before a noun ("backed free trade") opens an object instead.
 */
final class PredicativeComplement {
    private static final Set<String> DEGREE_ADVERBS = Lexicon.words("degree-adverbs-en.txt");
    private final TextModel model;
    private final Morphology morph;

    PredicativeComplement(TextModel model, Morphology morph) {
        this.model = model;
        this.morph = morph;
    }

    /** Whether a predicative complement opens at k, before the sentence end e. */
    boolean at(int k, int e) {
        return adjectiveAt(k, e) >= 0;
    }

    /** The index of the adjective of a predicative complement opening at k, before the sentence end e; else -1. */
    int adjectiveAt(int k, int e) {
        if (k < e && adjacentWord(k) && (DEGREE_ADVERBS.contains(model.token(k).lower()) || model.token(k).lower().endsWith("ly"))) k++;
        if (k >= e || !adjacentWord(k)) return -1;
        Morphology.Analysis word = morph.english(model.token(k).lower());
        if (word.has(Morphology.NOUN) || !(word.has(Morphology.ADJECTIVE) || word.has(Morphology.PARTICIPLE)) || EnglishDictionary.isFunctionWord(model.token(k).lower())) return -1;
        if (k + 1 >= e) return k;
        Token next = model.token(k + 1);
        return next.word() && next.begin() == model.token(k).end() + 1 && morph.english(next.lower()).has(Morphology.NOUN) ? -1 : k;
    }

    /** A lower-case word outside quotation marks, one space behind the token before it. */
    private boolean adjacentWord(int k) {
        Token x = model.token(k);
        return x.word() && !x.quoted() && !x.capitalised() && x.begin() == model.token(k - 1).end() + 1;
    }
}
