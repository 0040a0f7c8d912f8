package org.storywire.extract;

import java.util.Set;
import org.storywire.analyse.EnglishDictionary;

/**
 * "ferries serve both states.", "the Western states where ...": an English form found by its verb
 * lemma that the dictionary also reads as a noun ("states", "support", "shows") reports only when something it
 * governs follows: an object, a that-clause, a quotation, a preposition ("hints at"). Behind it, the end of the
 * clause, a conjunction or a relative word mark it as the noun.
 */
final class NounFormCue {
    /** Words that follow a noun, never a reporting verb's complement. */
    private static final Set<String> NOUN_FOLLOWERS = Set.of("and", "or", "but", "where", "which", "who", "whose", "when", "like", "such");

    /** "which even the most optimistic Democrats doubt": the words between a relative word and the verb of its clause. */
    private static final int RELATIVE_GAP = 8;

    private final TextModel model;
    private final Morphology morph;

    NounFormCue(TextModel model, Morphology morph) {
        this.model = model;
        this.morph = morph;
    }

    /** Whether the form at {@code i}, which can be a noun, stands with nothing behind it that a verb would govern. */
    boolean bareNoun(int i, int end) {
        if (!morph.english(model.token(i).lower()).has(Morphology.NOUN) || verbBefore(i)) return false;
        if (i + 1 >= end) return true;
        Token next = model.token(i + 1);
        if (!next.word()) return next.isPunct('.') || next.isPunct(')') || next.text().equals("—") || next.text().equals("–");
        String w = next.lower();
        return !next.quoted() && (NOUN_FOLLOWERS.contains(w) || finiteVerb(next) && !model.token(i).lower().endsWith("ing") && !relativeGap(i));
    }

    /**
     * "the House, which Democrats doubt will flip", "a rule that he said would ...": behind a relative word the verb's object
     * is the gap, so the finite verb behind the form is the relative clause's own and the form stays a verb.
     */
    private boolean relativeGap(int i) {
        for (int k = i - 1; k >= 0 && k >= i - RELATIVE_GAP; k--) {
            Token x = model.token(k);
            if (x.isPunct(',') || x.isPunct('.') || x.isPunct(';')) return false;
            if (x.is("that") || x.is("which") || x.is("whom")) return true;
        }
        return false;
    }

    /**
     * "states have yet to be called", "if states fail": a finite verb right behind the form is the verb of which the form
     * is the subject, since a reporting verb takes no finite verb as its complement. A word the dictionary also reads as
     * a noun or an adjective ("supports expanded checks") may be the start of an object and is left out.
     */
    private boolean finiteVerb(Token next) {
        String w = next.lower();
        if (!next.word() || next.capitalised() || w.equals("that")) return false;
        if (CueFinder.FINITE_AUXILIARIES_EN.contains(w)) return true;
        Morphology.Analysis a = morph.english(w);
        return EnglishDictionary.isFiniteVerb(w) && !a.has(Morphology.NOUN) && !a.has(Morphology.ADJECTIVE);
    }

    /** "beginning to ask.", "they would offer and": an infinitive marker, auxiliary or pronoun before the form makes it the verb. */
    private boolean verbBefore(int i) {
        if (i == 0) return false;
        Token b = model.token(i - 1);
        String w = b.lower();
        return b.word() && (w.equals("to") || w.equals("it") || w.equals("who") || CueFinder.FINITE_AUXILIARIES_EN.contains(w)
                || NounPhrases.PRONOUNS_EN.contains(w) || w.endsWith("ly") && w.length() > 4);
    }
}
