package org.storywire.extract;

import java.util.List;

/**
 * "Asked about the plan, Reed said ...", "Asked whether she would run, Reed demurred": an English sentence that opens
 * with the participle "Asked" and its question up to a comma reports a question put to the main clause's subject. The
 * question is no party's position, but it is part of what the answer says (the answer is one to it), so the answer
 * carries it ({@link Draft#question}) and no longer runs over it; the quotation corpora annotate the question as an
 * attribution of its own (PolNeAR's train split in 41 of 47 such sentences), which the quotes eval scores from there.
 * {@link OpeningParticiple} keeps "Asked" from being read as the cue of the main clause.
 */
final class AskedOpening extends ExtractionStep {
    private final OpeningParticiple participles;

    AskedOpening(Extraction x, OpeningParticiple participles) {
        super(x);
        this.participles = participles;
    }

    /**
     * When sentence {@code s} opens with "Asked ..., ", the statements {@code kept} of the answer no longer run over the
     * question, a cue inside it is what was asked and no statement of its own (removed from {@code kept}), and the first
     * answer carries the question.
     */
    void answer(TextModel.Sentence s, List<Draft> kept) {
        int f = s.firstToken();
        if (!english || !model.token(f).is("asked") || !participles.opensAdjunct(s, f)) return;
        int comma = commaAfter(f, s.endToken());
        if (comma < 0) return;
        // a cue inside the question with no answer behind it ("Asked ..., she shrugged") stays what it was
        if (kept.stream().noneMatch(d -> d.cueToken > comma)) return;
        kept.removeIf(d -> d.cueToken < comma);
        // "Asked whether she “has the votes,” 75 percent said yes": the question may end inside its quotation's closing mark
        int close = model.token(comma).quoted() ? comma + 1 : comma;
        int answerBegin = model.token(close + 1).begin();
        for (Draft d : kept) {
            if (d.contentBegin < answerBegin) d.contentBegin = answerBegin;
            if (d.clauseBegin >= 0 && d.clauseBegin < answerBegin) d.clauseBegin = answerBegin;
        }
        int questionEnd = close == comma ? model.token(comma).begin() : model.token(close).end();
        kept.get(0).question = new int[] {model.token(f + 1).begin(), questionEnd};
    }

    /** The first comma behind token {@code f} outside quotation marks or closing one ("…,”"), with a word or number behind it; else -1. */
    private int commaAfter(int f, int e) {
        for (int k = f + 1; k + 2 < e; k++) {
            Token x = model.token(k);
            if (!x.isPunct(',')) continue;
            if (!x.quoted()) return k;
            if (isQuoteMark(model.token(k + 1)) && Character.isLetterOrDigit(model.token(k + 2).text().charAt(0))) return k;
        }
        return -1;
    }
}
