package org.storywire.extract;

import java.util.Set;

/**
 * German "bekannt werden": "Wie am Montag bekannt wurde, hat der Vorstand ...", "..., nachdem bekannt geworden war, dass
 * ...". What became known is reported by no one the clause names; it is the outlet's unnamed source speaking, as with
 * "wie es hieß". The frame is a "wie" clause (the rest of the sentence was made known) or a clause whose "dass" or "ob"
 * clause behind its comma was. Only the process ("wurde bekannt", "bekannt geworden"), not the state ("ist bekannt
 * für"), and not a person or a place that became famous: those have no content clause.
 */
final class BecameKnown extends ExtractionStep {
    /** The forms of "werden" that make "bekannt" a report of something coming out. */
    private static final Set<String> WERDEN = Set.of("wird", "werden", "wurde", "wurden", "geworden");
    /** Auxiliaries behind "geworden" in a verb-final clause: "bekannt geworden war", "bekannt geworden ist". */
    private static final Set<String> PERFECT = Set.of("ist", "sind", "war", "waren", "sei", "seien", "wäre");
    /** "Wie am späten Montag aus Kreisen der Partei bekannt wurde": at most this many tokens between "wie" and "bekannt". */
    private static final int WIE_GAP = 10;
    /** "wie aus Regierungskreisen bekannt wurde": the prepositions that name where it came from. */
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("aus", "von", "vom");

    private final SpeakerFinder speakers;
    private final GermanClauseForms clauses;

    BecameKnown(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
        this.clauses = new GermanClauseForms(x);
    }

    /** The statement framed by "bekannt" at token {@code i} with a form of "werden", or null. */
    Draft draft(TextModel.Sentence s, int i) {
        Token t = model.token(i);
        if (!t.is("bekannt") || t.capitalised() || t.quoted()) return null;
        int f = s.firstToken();
        int e = s.endToken();
        // the verb-final chain behind the predicate ("bekannt wurde", "bekannt geworden war"), else V2 "wurde ... bekannt,"
        int k = i + 1;
        boolean werden = false;
        while (k < e && model.token(k).word() && (WERDEN.contains(model.token(k).lower()) || werden && PERFECT.contains(model.token(k).lower()))) {
            werden = true;
            k++;
        }
        int opener = clauseStart(i, f);
        if (!werden) werden = k == i + 1 && finiteWerdenBetween(opener, i);
        if (!werden || k >= e || !model.token(k).isPunct(',') && !model.token(k).isPunct('.')) return null;
        Draft d;
        if (model.token(opener).is("wie") && i - opener <= WIE_GAP) {
            d = wieFrame(s, i, opener, k);
        } else if (model.token(k).isPunct(',') && k + 1 < e && (RunOnSpeech.DASS.contains(model.token(k + 1).lower()) || model.token(k + 1).is("ob"))) {
            d = frame(s, i, null);
            setContent(d, model.token(k + 1).begin(), clauses.complementEnd(k + 1, s), s);
        } else {
            return null;
        }
        return d;
    }

    /** "Wie ... bekannt wurde, <what>" or "<what>, wie ... bekannt wurde.": the main clause on the far side of the "wie" clause. */
    private Draft wieFrame(TextModel.Sentence s, int i, int opener, int end) {
        int f = s.firstToken();
        int e = s.endToken();
        NounPhrase source = null;
        for (int p = opener + 1; p < i && source == null; p++) {
            if (SOURCE_PREPOSITIONS.contains(model.token(p).lower())) source = speakers.nounPhraseAfter(p + 1, i);
        }
        Draft d = frame(s, i, source);
        if (opener == f && model.token(end).isPunct(',') && end + 1 < e) {
            setContent(d, model.token(end + 1).begin(), contentEndOf(s), s);
        } else if (opener > f + 1 && model.token(opener - 1).isPunct(',') && model.token(end).isPunct('.')) {
            setContent(d, model.token(f).begin(), model.token(opener - 1).begin(), s);
        } else {
            return null;
        }
        return d;
    }

    private Draft frame(TextModel.Sentence s, int i, NounPhrase source) {
        Speaker speaker = source == null ? null : speakers.resolve(source, s);
        return reportWithoutCue(s, i, speaker);
    }

    /** "Im April wurde am Rande bekannt": a finite form of "werden" in the clause before the predicate. */
    private boolean finiteWerdenBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = model.token(k);
            if (x.word() && !x.capitalised() && WERDEN.contains(x.lower()) && !x.is("geworden")) return true;
        }
        return false;
    }
}
