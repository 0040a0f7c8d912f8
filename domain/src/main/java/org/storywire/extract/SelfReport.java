package org.storywire.extract;

import java.util.List;
import java.util.Set;

/**
 * "Der Konzern will von nichts gewusst haben", "Die Zeugin will den Täter gesehen haben": "wollen" with a perfect
 * infinitive is the subject's own claim about itself, the counterpart of the reportative "soll ... haben". No verb of
 * speech stands in the sentence; the modal is the cue and the sentence what was claimed. With a deadline ("will bis
 * 2030 alle Werke umgebaut haben") the same form is an intention.
 */
final class SelfReport extends ExtractionStep {
    private static final Set<String> WOLLEN = Set.of("will", "wollen", "wollte", "wollten");

    private final SpeakerFinder speakers;

    SelfReport(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    List<Draft> drafts(TextModel.Sentence s) {
        if (english) return List.of();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.quoted() || !WOLLEN.contains(t.lower()) || perfectInfinitive(k, s) < 0) continue;
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

    /** The "haben" or "sein" closing the modal's clause right behind a participle ("gewusst haben"), else -1; -1 after "bis". */
    private int perfectInfinitive(int modal, TextModel.Sentence s) {
        for (int j = modal + 1; j < s.endToken(); j++) {
            Token x = model.token(j);
            if (!x.word() || x.is("bis")) return -1;
            if (!REPORTATIVE_TAIL.contains(x.lower()) || x.quoted()) continue;
            boolean closes = j + 1 == s.endToken() || !model.token(j + 1).word();
            if (closes && morph.german(model.token(j - 1).text()).has(Morphology.PARTICIPLE)) return j;
        }
        return -1;
    }
}
