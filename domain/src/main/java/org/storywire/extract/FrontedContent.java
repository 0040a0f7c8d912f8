package org.storywire.extract;

/**
 * "The quay will close in May, the harbour master said, adding that ...": what was said stands before the subject,
 * cut off by a comma. A sentence opening with a participle or a preposition ("Weighing in, the mayor agreed, ...",
 * "After the vote, ...") fronts a phrase, not a said clause.
 */
final class FrontedContent {
    private final TextModel model;

    FrontedContent(TextModel model) {
        this.model = model;
    }

    /** Whether a comma between the sentence's first token {@code f} and the verb {@code cue} closes a fronted clause. */
    boolean before(int cue, int f) {
        Token first = model.token(f);
        String w = first.lower();
        if (!first.word() || w.endsWith("ing") || w.endsWith("ed") || NounPhrases.PREPOSITIONS.contains(w)) return false;
        for (int k = f + 2; k < cue - 1; k++) {
            Token x = model.token(k);
            if (x.isPunct(',') && (!x.quoted() || closesQuotation(k))) return true;
        }
        return false;
    }

    /** "... play the “woman card,” Fiorina said": American style sets the clause's comma inside the closing quotation mark. */
    private boolean closesQuotation(int comma) {
        if (comma + 1 >= model.tokens.size() || !NounPhrases.isQuoteMark(model.token(comma + 1))) return false;
        int[] q = model.quoteAt(model.token(comma).begin());
        return q != null && q[1] == model.token(comma + 1).end();
    }
}
