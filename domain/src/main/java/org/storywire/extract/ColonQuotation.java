package org.storywire.extract;

import java.util.List;
import java.util.Map;

/**
 * "Er glaubt, das Team sei gestärkt: „Wir haben gelernt. Es genügt wenig.“": a quotation of several sentences
 * after a colon in reported speech. The said part would end at the quotation's first sentence break, cutting it
 * in two. The corpus annotates the said part before the colon and the whole quotation: two statements of one
 * speaker. Where the words before the colon only frame the quotation ("sagte der Leiter der Firma: „...“"), the
 * whole quotation is the one statement's content.
 */
final class ColonQuotation {
    private final Extraction doc;
    private final TextModel model;
    private final ColonFrame frames;
    private final Map<String, List<Lexicons.Cue>> cues;

    ColonQuotation(Extraction doc, TextModel model, ColonFrame frames, Map<String, List<Lexicons.Cue>> cues) {
        this.doc = doc;
        this.model = model;
        this.frames = frames;
        this.cues = cues;
    }

    /**
     * For {@code q} opening behind a colon inside {@code outer}'s said part and running on past its end: the said part
     * ends at the colon and the quotation becomes a statement of its own, returned; or, where the words before the
     * colon only frame it, it becomes outer's content and null is returned. Either way the quotation is taken, so no
     * later sentence reads it again. Null, with nothing changed, for any other quotation.
     */
    Draft whole(Draft outer, int[] q) {
        if (q[1] <= outer.contentEnd + 1 || q[0] <= outer.contentBegin) return null;
        int at = model.sentenceAt(q[0]);
        if (at < 0) return null;
        int colon = -1;
        for (int k = model.sentences.get(at).firstToken(); k < model.tokens.size() && model.token(k).begin() < q[0]; k++) colon = k;
        if (colon < 0 || !model.token(colon).isPunct(':') || model.token(colon).begin() <= outer.contentBegin || cueFollows(q, colon)) return null;
        doc.consumedUntil = Math.max(doc.consumedUntil, q[1]);
        if (frames.framedOnly(outer, q)) {
            outer.contentBegin = q[0];
            outer.contentEnd = q[1];
            outer.evidenceEnd = Math.max(outer.evidenceEnd, sentenceEnd(q[1]));
            return null;
        }
        outer.contentEnd = model.token(colon - 1).end();
        Draft quotation = outer.quotationInside(q[0], q[1]);
        quotation.evidenceEnd = Math.max(quotation.evidenceEnd, sentenceEnd(q[1]));
        return quotation;
    }

    /** "„...“, meinte der Trainer": the cue behind the quotation takes it with its own speaker. */
    private boolean cueFollows(int[] q, int colon) {
        int k = colon;
        while (k < model.tokens.size() && model.token(k).begin() < q[1]) k++;
        return k + 1 < model.tokens.size() && model.token(k).isPunct(',') && (cues.containsKey(model.token(k + 1).lower()) || model.token(k + 1).is("so"));
    }

    private int sentenceEnd(int offset) {
        int at = model.sentenceAt(offset - 1);
        return at < 0 ? offset : Math.max(offset, model.sentences.get(at).end());
    }
}
