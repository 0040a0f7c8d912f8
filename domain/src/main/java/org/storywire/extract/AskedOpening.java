package org.storywire.extract;

import java.util.List;

/**
 * "Asked about the plan, Reed said ...", "Asked whether she would run, Reed demurred": an English sentence that opens
 * with the participle "Asked" and its question up to a comma reports a question put to the main clause's subject. The
 * question is an attribution of its own beside the answer (PolNeAR's train split annotates it in 41 of 47 such
 * sentences), so it becomes a statement with the question as its content and no speaker (the one who asked is not
 * named there), and the answer's statements no longer run over it. {@link OpeningParticiple} keeps "Asked" from
 * being read as the cue of the main clause.
 */
final class AskedOpening extends ExtractionStep {
    private final OpeningParticiple participles;

    AskedOpening(Extraction x, OpeningParticiple participles) {
        super(x);
        this.participles = participles;
    }

    /**
     * The question of a sentence opening with "Asked ..., ", or null: the statements {@code kept} of the answer no longer
     * run over it, and a cue inside it is what was asked, no statement of its own (removed from {@code kept}).
     */
    Draft question(TextModel.Sentence s, List<Draft> kept) {
        int f = s.firstToken();
        if (!english || !model.token(f).is("asked") || !participles.opensAdjunct(s, f)) return null;
        int comma = commaAfter(f, s.endToken());
        if (comma < 0) return null;
        // "Asked whether she “has the votes,” 75 percent said yes": the question may end inside its quotation's closing mark
        int close = model.token(comma).quoted() ? comma + 1 : comma;
        int answerBegin = model.token(close + 1).begin();
        kept.removeIf(d -> d.cueToken < comma);
        for (Draft d : kept) {
            if (d.contentBegin < answerBegin) d.contentBegin = answerBegin;
            if (d.clauseBegin >= 0 && d.clauseBegin < answerBegin) d.clauseBegin = answerBegin;
        }
        Draft question = Draft.cuelessClaim(s.index(), f, model.token(f).text(), null);
        question.cueClass = "COMMENT";
        int questionEnd = close == comma ? model.token(comma).begin() : model.token(close).end();
        setContent(question, model.token(f + 1).begin(), questionEnd, s);
        return question;
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
