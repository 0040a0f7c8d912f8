package org.storywire.extract;

import java.util.List;
import java.util.Set;

/**
 * "Clinton has praised the plan, and won 77 percent of the black vote, according to exit polls": a closing "according
 * to X" vouches for the clause right before it. When a verb of saying stands in an earlier clause of the sentence, it is
 * a statement of its own, not one the source's clause takes in: the source's content begins at the last clause
 * boundary behind that verb (", and", ", which", ", with", a semicolon, a dash) and the verb's content ends there.
 */
final class TrailingSource extends ExtractionStep {
    /** Words that open a clause or phrase of its own behind a comma. */
    private static final Set<String> CLAUSE_LINKS = Set.of("and", "but", "which", "who", "with", "while", "whose");
    /** Of those, the coordinating ones belong to neither side. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but");

    TrailingSource(Extraction x) {
        super(x);
    }

    /** Splits each closing "according to X" from the verb of saying in an earlier clause of its content. */
    void split(List<Draft> found) {
        for (Draft source : found) {
            if (!closingAccordingTo(source)) continue;
            Draft verb = earliestVerbInside(source, found);
            if (verb == null) continue;
            int boundary = lastBoundary(verb.cueToken, model.token(source.cueToken).begin());
            if (boundary < 0) continue;
            Token link = model.token(boundary);
            int from = link.isPunct(',') && CONJUNCTIONS.contains(model.token(boundary + 1).lower()) ? boundary + 2 : boundary + 1;
            TextModel.Sentence s = model.sentences.get(source.sentence);
            setContent(source, model.token(from).begin(), source.contentEnd, s);
            if (verb.contentEnd > link.begin()) setContent(verb, verb.contentBegin, trimEnd(verb.contentBegin, link.begin()), s);
        }
    }

    private boolean closingAccordingTo(Draft d) {
        return d.reported && model.token(d.cueToken).is("according") && model.token(d.cueToken).begin() >= d.contentEnd;
    }

    /** The first verb of saying (no report marker) whose cue lies inside the source's content. */
    private Draft earliestVerbInside(Draft source, List<Draft> found) {
        Draft first = null;
        for (Draft o : found) {
            if (o == source || o.reported || o.sentence != source.sentence) continue;
            int at = model.token(o.cueToken).begin();
            if (at < source.contentBegin || at >= source.contentEnd) continue;
            if (first == null || o.cueToken < first.cueToken) first = o;
        }
        return first;
    }

    /**
     * The last unquoted comma before a clause link, semicolon or dash between the verb and the source, or -1; a comma
     * right before "according" closes the clause and is no boundary.
     */
    private int lastBoundary(int verb, int sourceBegin) {
        int last = -1;
        for (int k = verb + 1; k < model.tokens.size() && model.token(k).begin() < sourceBegin; k++) {
            Token x = model.token(k);
            if (x.quoted() || x.word() || k + 1 >= model.tokens.size() || model.token(k + 1).begin() >= sourceBegin) continue;
            Token next = model.token(k + 1);
            if (x.isPunct(';') || x.text().equals("—") || x.text().equals("–") || x.isPunct('(')
                    || x.isPunct(',') && next.word() && CLAUSE_LINKS.contains(next.lower())) last = k;
        }
        return last;
    }
}
