package org.storywire.extract;

/**
 * "die „beeinträchtigten“ Schnecken", "betrug „nur“ 147 Millionen Kilometer", "den Fluggast zu „entsorgen“": one German
 * word in quotation marks that modifies the word after it (an attribute before its noun, a particle before a number) or
 * reads only as a verb marks the narrator's distance to a usage, not anyone's words. A quoted predicative ("als
 * „übertrieben“ bezeichnet", "ist „alarmierend“") stands before a verb or ends its clause and is left to the speaker.
 */
final class ScareQuote {
    private final TextModel model;
    private final Morphology morph;

    ScareQuote(TextModel model, Morphology morph) {
        this.model = model;
        this.morph = morph;
    }

    /** Whether the quotation {@code q} ({begin, end} with its marks) of sentence {@code s} is one such word. */
    boolean marks(int[] q, TextModel.Sentence s) {
        int word = -1;
        int after = s.endToken();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.end() <= q[0]) continue;
            if (t.begin() >= q[1]) { after = k; break; }
            if (!t.word()) continue;
            if (word >= 0) return false;
            word = k;
        }
        if (word < 0 || model.token(word).capitalised()) return false;
        Morphology.Analysis a = morph.german(model.token(word).text());
        return a.verbOnly() || after < s.endToken() && modifies(model.token(after));
    }

    /** A noun (capitalised inside the sentence) or a number right behind the closing mark: the quoted word is its modifier. */
    private static boolean modifies(Token next) {
        return next.word() && next.capitalised() || !next.text().isEmpty() && Character.isDigit(next.text().charAt(0));
    }
}
