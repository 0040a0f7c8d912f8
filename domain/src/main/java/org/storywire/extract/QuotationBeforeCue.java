package org.storywire.extract;

/**
 * A quotation of several sentences that a cue behind it frames: "„A. B. C“, schrieb die Zeitung", "„A. B“ wird der
 * Trainer zitiert". The sentence detector cuts the quotation into its sentences, so the cue's sentence opens inside it,
 * and without this its said part would be that sentence's clause, the last piece of the quotation with the cue and
 * speaker behind it, which overlaps the quotation too little to be it. What was said is the whole quotation.
 */
final class QuotationBeforeCue {
    private final TextModel model;

    QuotationBeforeCue(TextModel model) {
        this.model = model;
    }

    /**
     * The quotation, as {begin, end}, that opened in a sentence before {@code s} and closes in it before the cue at
     * {@code cue}; null when the sentence does not open inside a quotation or the cue stands inside it.
     */
    int[] framed(TextModel.Sentence s, int cue) {
        int[] q = model.quoteAt(s.begin());
        if (q == null || q[0] >= s.begin() || q[1] > model.token(cue).begin()) return null;
        return q;
    }
}
