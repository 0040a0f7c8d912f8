package org.storywire.extract;

/**
 * "Seventy percent say they like the mayor, compared with 40 percent who say the same of her rival": a share compared
 * after a comma, with a relative clause of its own, is the subject of the relative's reporting verb, and that clause is a
 * statement beside the one before the comma (the quotation corpora annotate two).
 */
final class ComparedClause {
    /** "compared with about four in 10 registered voters who": the compared phrase is rarely longer. */
    private static final int MAX_PHRASE_TOKENS = 8;

    private final TextModel model;

    ComparedClause(TextModel model) {
        this.model = model;
    }

    /** The token of "with" or "to" behind ", compared" whose phrase the "who" right before the verb at {@code cue} qualifies, or -1. */
    int comparedBefore(TextModel.Sentence s, int cue) {
        int who = cue - 1;
        if (who <= s.firstToken() + 3 || !model.token(who).is("who")) return -1;
        for (int k = who - 1; k > s.firstToken() + 1 && who - k <= MAX_PHRASE_TOKENS + 1; k--) {
            Token x = model.token(k);
            if (x.quoted()) return -1;
            if ((x.is("with") || x.is("to")) && model.token(k - 1).is("compared")) return k + 1 < who && model.token(k - 2).isPunct(',') ? k : -1;
            if (!x.word() && !x.isPunct('%') && !x.isPunct('-') && !x.isPunct('—')) return -1;
        }
        return -1;
    }

    /** The compared phrase between "with" or "to" at {@code preposition} and the verb at {@code cue}, without the "who". */
    NounPhrase phrase(int preposition, int cue) {
        return new NounPhrase(preposition + 1, cue - 1, false, false);
    }
}
