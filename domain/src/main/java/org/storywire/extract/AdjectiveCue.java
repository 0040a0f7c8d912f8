package org.storywire.extract;

import java.util.Set;
import java.util.function.IntPredicate;
import org.storywire.clean.Lexicon;

/**
 * "was critical of the plan", "is not deeply wary of Hale": a copula with a predicative adjective and a preposition
 * the corpus-learned list names (form adjective, as eval cue-forms counts it), and a phrase behind, which the
 * copula's subject holds. The copula is the cue, so that its subject is found as a verb's.
 */
final class AdjectiveCue {
    static final Set<String> COPULAS = Lexicon.words("copulas-en.txt");
    /** "was not critical of", "is also wary of": a word between the copula and its adjective (or its degree adverb). */
    private static final Set<String> COPULA_ADVERBS = Lexicon.words("copula-adverbs-en.txt");
    private final TextModel model;
    private final Lexicons lex;
    private final PredicativeComplement predicatives;
    private final IntPredicate opensPhrase;

    AdjectiveCue(TextModel model, Lexicons lex, PredicativeComplement predicatives, IntPredicate opensPhrase) {
        this.model = model;
        this.lex = lex;
        this.predicatives = predicatives;
        this.opensPhrase = opensPhrase;
    }

    /** Whether the token at i is a copula opening a learned adjective with its preposition and a phrase, before the sentence end e. */
    boolean at(int i, int e) {
        if (!COPULAS.contains(model.token(i).lower()) || model.token(i).quoted() || model.token(i).capitalised()) return false;
        int j = i + 1 < e && COPULA_ADVERBS.contains(model.token(i + 1).lower()) && !model.token(i + 1).quoted() ? i + 2 : i + 1;
        int k = predicatives.adjectiveAt(j, e);
        if (k < 0 || k + 2 >= e) return false;
        Token preposition = model.token(k + 1);
        return preposition.word() && preposition.begin() == model.token(k).end() + 1
                && lex.phraseCue("adjective", model.token(k).lower() + " " + preposition.lower()) && opensPhrase.test(k + 2);
    }
}
