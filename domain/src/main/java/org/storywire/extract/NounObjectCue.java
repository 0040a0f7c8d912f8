package org.storywire.extract;

import java.util.function.IntPredicate;
import org.storywire.analyse.EnglishDictionary;

/**
 * "voiced strong criticism of the plan", "raised concerns about Hale": a verb whose object ends on a noun the
 * corpus-learned list names with its preposition (form verbnoun, as eval cue-forms counts it), and a phrase behind,
 * which the verb's subject holds. The verb is the cue, so that its subject is found as any verb's.
 */
final class NounObjectCue {
    private final TextModel model;
    private final Lexicons lex;
    private final IntPredicate opensObject;

    NounObjectCue(TextModel model, Lexicons lex, IntPredicate opensObject) {
        this.model = model;
        this.lex = lex;
        this.opensObject = opensObject;
    }

    /** Whether the verb at i has an object ending on a learned noun with its preposition and a phrase behind, before the sentence end e. */
    boolean at(int i, int e) {
        // "sent out a letter": a particle is no verb; "has expressed concerns about": nor is an auxiliary before its participle
        String verb = model.token(i).lower();
        // "was a critic of": a copula's noun names its subject, it is no object
        if (AdjectiveCue.COPULAS.contains(verb) || CueFinder.FINITE_AUXILIARIES_EN.contains(verb) || EnglishDictionary.isFunctionWord(verb)) return false;
        int k = EnglishDictionary.objectNounAt(this::lowerJoined, i + 1, e);
        if (k < 0 || k + 2 >= e) return false;
        String noun = EnglishDictionary.nounLemma(model.token(k).lower());
        String preposition = lowerJoined(k + 1);
        if (noun == null || preposition == null) return false;
        String lemma = noun + " " + preposition;
        // "sharpened his attacks on": a learned noun right behind a possessive is the possessor's (PossessedCues)
        if (PossessedCues.POSSESSIVES_EN.contains(model.token(k - 1).lower()) && lex.phraseCue("possessed", lemma)) return false;
        return lex.phraseCue("verbnoun", lemma) && opensObject.test(k + 2);
    }

    /** The word at k in lower case where it is written so, unquoted, one blank behind the token before; else null. */
    private String lowerJoined(int k) {
        Token x = model.token(k);
        return x.word() && !x.quoted() && !x.capitalised() && x.begin() == model.token(k - 1).end() + 1 ? x.lower() : null;
    }
}
