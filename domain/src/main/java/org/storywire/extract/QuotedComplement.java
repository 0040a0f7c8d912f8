package org.storywire.extract;

/**
 * "Die Regierung wies den Bericht als „falsch“ zurück", "bezeichnete die Pläne als „Rückschritt“": a quotation after
 * "als" is the predicative complement of the cue's own clause, the very words the speaker used about its object. The
 * corpus annotates the quotation alone (17 of 20 such clauses in the train split), so the clause statement's content
 * narrows to it; its cue, speaker and stance stay, and its proposition is still read from the clause.
 */
final class QuotedComplement extends ExtractionStep {
    QuotedComplement(Extraction x) {
        super(x);
    }

    /**
     * Narrows {@code outer}, a cue's clause content holding {@code q} as its only quotation, to {@code q} when "als"
     * (maybe with an article) stands right before it. Returns whether it did.
     */
    boolean narrowed(Draft outer, int[] q, int quotations) {
        if (!outer.clauseContent || outer.reported || quotations != 1 || outer.clauseBegin >= 0) return false;
        int at = model.sentenceAt(q[0]);
        if (at < 0) return false;
        int k = model.sentences.get(at).firstToken();
        while (k < model.tokens.size() && model.token(k).begin() < q[0]) k++;
        int before = k - 1;
        // "als den „führenden Förderer“", "als eine „Provokation“"
        if (before > 0 && article(model.token(before).lower())) before--;
        if (before < 0 || !model.token(before).is("als") || model.token(before).begin() < outer.contentBegin) return false;
        // "als einen „Deal“, der ... stärken werde": a clause behind the quotation says more than it;
        // "Er halte es für vertretbar und bezeichnete es als „maßvoll“": so does reported speech beside it
        for (int j = model.sentences.get(at).firstToken(); j < model.tokens.size() && model.token(j).begin() < outer.contentEnd; j++) {
            Token t = model.token(j);
            if (t.begin() < outer.contentBegin || t.begin() >= q[0] && t.begin() < q[1]) continue;
            if (t.begin() >= q[1] && t.isPunct(',') || t.word() && !t.capitalised() && konjunktivIForm(t.lower())) return false;
        }
        outer.clauseBegin = outer.contentBegin;
        outer.contentBegin = q[0];
        outer.contentEnd = q[1];
        return true;
    }

    private static boolean article(String lower) {
        return NounPhrases.NOMINATIVE_ARTICLES_DE.contains(lower) || NounPhrases.OBLIQUE_ARTICLES.contains(lower);
    }
}
