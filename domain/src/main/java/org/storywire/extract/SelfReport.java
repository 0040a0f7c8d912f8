package org.storywire.extract;

import java.util.List;
import java.util.Set;

/**
 * "Der Konzern will von nichts gewusst haben", "Die Zeugin will den Täter gesehen haben": "wollen" with a perfect
 * infinitive is the subject's own claim about itself, the counterpart of the reportative "soll ... haben". No verb of
 * speech stands in the sentence; the modal is the cue and the sentence what was claimed ({@link PerfectInfinitive}).
 */
final class SelfReport extends ExtractionStep {
    private static final Set<String> WOLLEN = Set.of("will", "wollen", "wollte", "wollten");

    private final SpeakerFinder speakers;
    private final PerfectInfinitive perfect;

    SelfReport(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
        this.perfect = new PerfectInfinitive(model, morph);
    }

    List<Draft> drafts(TextModel.Sentence s) {
        if (english) return List.of();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.quoted() || !WOLLEN.contains(t.lower()) || !perfect.closes(k, s)) continue;
            NounPhrase subject = speakers.bestSubject(s, s.firstToken(), k);
            if (subject == null) subject = speakers.bestSubject(s, k + 1, Math.min(s.endToken(), k + SUBJECT_WINDOW));
            if (subject == null) return List.of();
            Draft d = Draft.cuelessClaim(s.index(), k, t.text(), speakers.resolve(subject, s));
            setContent(d, s.begin(), contentEndOf(s), s);
            d.clauseContent = true;
            d.confidence = 0.5;
            return List.of(d);
        }
        return List.of();
    }
}
