package org.storywire.extract;

import java.util.Set;

/**
 * "ferries serve both states.", "the Western states where ...": an English form found by its verb
 * lemma that the dictionary also reads as a noun ("states", "support", "shows") reports only when something it
 * governs follows: an object, a that-clause, a quotation, a preposition ("hints at"). Behind it, the end of the
 * clause, a conjunction or a relative word mark it as the noun.
 */
final class NounFormCue {
    /** Words that follow a noun, never a reporting verb's complement. */
    private static final Set<String> NOUN_FOLLOWERS = Set.of("and", "or", "but", "where", "which", "who", "whose", "when", "like", "such");

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
        return !next.quoted() && NOUN_FOLLOWERS.contains(w);
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
