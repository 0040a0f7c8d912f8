package org.storywire.extract;

/**
 * "Asked about the ferry, the mayor said ...", "Citing the storm, the port closed ...": an English
 * sentence that opens with a participle holds an adjunct clause up to its comma. What the main
 * clause says belongs to its own verb; the participle is no statement of its own (who asked is not
 * named, and what is cited is a source, not a claim).
 */
final class OpeningParticiple {
    /** An adjunct is a short phrase; a comma further away closes something else. */
    private static final int MAX_ADJUNCT_WORDS = 25;

    private final TextModel model;

    OpeningParticiple(TextModel model) {
        this.model = model;
    }

    /** Whether the token at {@code i} is a participle that opens sentence {@code s} with an adjunct ending in a comma. */
    boolean opensAdjunct(TextModel.Sentence s, int i) {
        if (i != s.firstToken()) return false;
        Token t = model.token(i);
        if (!t.word() || !t.capitalised() || !(t.lower().endsWith("ed") || t.lower().endsWith("ing"))) return false;
        int e = s.endToken();
        for (int k = i + 1; k < e && k <= i + MAX_ADJUNCT_WORDS; k++) {
            Token x = model.token(k);
            if (x.quoted()) continue;
            if (x.isPunct(',')) return k > i + 1 && k + 1 < e && model.token(k + 1).word();
            if (x.isPunct(':') || x.isPunct(';')) return false;
        }
        return false;
    }
}
