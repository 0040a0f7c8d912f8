package org.storywire.extract;

/**
 * A quoted phrase inside reported speech: "Man sei von einer „Entschuldung weit entfernt“". The Konjunktiv I outside
 * the quotation marks the sentence as said, so the sentence is a statement of its own, and the quoted words another
 * one inside it, as a cue's reported speech keeps its quotations ({@link CueFinder#embeddedQuotes}).
 */
final class ReportedPhraseClause extends ExtractionStep {
    ReportedPhraseClause(Extraction x) {
        super(x);
    }

    /**
     * The sentence around German quotation {@code q}, said by the quotation's speaker, when a Konjunktiv I outside the
     * quotation reports it; null when the quotation is the whole sentence or no such verb stands outside it.
     */
    Draft around(TextModel.Sentence s, int[] q, Draft quote) {
        if (english || quote.speaker == null || q[0] <= s.begin() && q[1] >= contentEndOf(s) - 1) return null;
        if (!konjunktivOutside(s, q)) return null;
        Draft d = Draft.cuelessClaim(s.index(), quote.cueToken, "", quote.speaker);
        d.confidence = quote.confidence;
        setContent(d, s.begin(), contentEndOf(s), s);
        return d;
    }

    /** "sei", "stehe", "betreibe" outside the quotation: a Konjunktiv I form, not after "ich" or "wir" (their present shares it). */
    private boolean konjunktivOutside(TextModel.Sentence s, int[] q) {
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            Token x = model.token(k);
            if (!x.word() || x.capitalised() || x.begin() >= q[0] && x.begin() < q[1]) continue;
            Token before = model.token(k - 1);
            if (before.is("ich") || before.is("wir")) continue;
            if (konjunktivIForm(x.lower())) return true;
        }
        return false;
    }
}
