package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "Die Täter sollen zwei Autos angezündet haben und laut Polizei drei Menschen verletzt haben", "Der Schaden sei gering;
 * nach Angaben der Versicherung liege er unter einer Million": a report marker that opens the second of two clauses
 * after "und" or a semicolon reports that clause alone. The clause before it, with a finite verb of its own, is a
 * statement beside it (the quotation corpora annotate two); both keep the marker's speaker and stance.
 */
final class SecondClauseMarker extends ExtractionStep {
    private final NestedMarker markers;

    SecondClauseMarker(Extraction x) {
        super(x);
        this.markers = new NestedMarker(model);
    }

    /** The sentence's statements, with each German report marker that opens a second clause split off the clause before it. */
    List<Draft> split(List<Draft> kept) {
        if (english || kept.isEmpty()) return kept;
        List<Draft> out = new ArrayList<>(kept.size() + 1);
        for (Draft d : kept) {
            int joint = d.reported ? joint(d) : -1;
            Draft first = joint >= 0 && alone(d, kept, joint) ? firstClause(d, joint) : null;
            if (first != null) out.add(first);
            out.add(d);
        }
        return out;
    }

    /** The "und" or semicolon right before the marker ("und so" too), inside the statement's content, or -1. */
    private int joint(Draft d) {
        if (d.cueToken >= model.tokens.size()) return -1;
        int k = d.cueToken - 1;
        if (k > 0 && model.token(k).is("so") && model.token(k - 1).is("und")) k--;
        if (k <= 0 || model.token(k).begin() <= d.contentBegin) return -1;
        Token t = model.token(k);
        return t.is("und") || t.isPunct(';') ? k : -1;
    }

    /** No other statement of the sentence says the clause before the joint. */
    private boolean alone(Draft d, List<Draft> kept, int joint) {
        int end = model.token(joint).begin();
        for (Draft o : kept) if (o != d && o.contentBegin < end && o.contentEnd > d.contentBegin) return false;
        return true;
    }

    /** Narrows {@code d} to its own clause and returns the clause before the joint as a statement, or null when that has no finite verb. */
    private Draft firstClause(Draft d, int joint) {
        TextModel.Sentence s = model.sentences.get(d.sentence);
        int from = firstTokenAt(s, d.contentBegin);
        boolean finite = false;
        for (int k = from; k < joint && !finite; k++) finite = finiteVerbAt(k, joint);
        if (!finite || d.speaker == null || d.speaker.mentionSpan() == null) return null;
        int oldBegin = d.contentBegin;
        d.contentBegin = model.token(d.cueToken).begin();
        markers.narrow(d);
        if (d.contentBegin <= model.token(d.cueToken).begin()) {
            d.contentBegin = oldBegin;
            return null;
        }
        Draft first = d.copy();
        setContent(first, oldBegin, model.token(joint).begin(), s);
        return first;
    }
}
