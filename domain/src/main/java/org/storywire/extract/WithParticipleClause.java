package org.storywire.extract;

/**
 * "Voters shrugged off the choice, with three in 10 saying a running mate would not matter": an English absolute clause,
 * "with" and a noun phrase before a reporting participle, has that phrase for the participle's subject, and says its
 * own statement beside the main clause's (the quotation corpora annotate two). The clause opens after a comma; the phrase
 * is a few words with no punctuation but a share's "%" or a hyphen.
 */
final class WithParticipleClause {
    /** "with about two-thirds of the county's registered voters saying": a subject of the clause is rarely longer. */
    private static final int MAX_SUBJECT_TOKENS = 8;

    private final TextModel model;

    WithParticipleClause(TextModel model) {
        this.model = model;
    }

    /** The token of "with" that opens an absolute clause of the participle at {@code cue}, or -1. */
    int withBefore(TextModel.Sentence s, int cue) {
        Token verb = model.token(cue);
        if (!verb.word() || verb.capitalised() || !verb.lower().endsWith("ing")) return -1;
        for (int k = cue - 1; k > s.firstToken() && cue - k <= MAX_SUBJECT_TOKENS + 1; k--) {
            Token x = model.token(k);
            if (x.quoted()) return -1;
            if (x.is("with")) return k + 1 < cue && model.token(k - 1).isPunct(',') ? k : -1;
            // "with our candidates drawing differences while still showing ...": a clause opener ends the phrase before it
            if (!x.word() && !x.isPunct('%') && !x.isPunct('-') || x.word() && !x.is("and") && ExtractionStep.CLAUSE_OPENERS.contains(x.lower())) return -1;
        }
        return -1;
    }

    /** The subject between "with" at {@code with} and the participle at {@code cue}. */
    NounPhrase subject(int with, int cue) {
        return new NounPhrase(with + 1, cue, false, false);
    }
}
