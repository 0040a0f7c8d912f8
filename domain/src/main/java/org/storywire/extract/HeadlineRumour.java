package org.storywire.extract;

/**
 * "Minister soll von Deal gewusst haben": a German headline with the reportative "soll ... haben" passes on what
 * others say. When no statement of the article takes the headline as its content, the headline is a claim of the
 * first outlet or report the text names ("..., berichtet die Zeitung"), else of anonymous sources. In running text
 * the same form goes on with the reported speech before it ({@link RunOnSpeech}).
 */
final class HeadlineRumour extends ExtractionStep {
    private final PerfectInfinitive perfect;

    HeadlineRumour(Extraction x) {
        super(x);
        this.perfect = new PerfectInfinitive(model, morph);
    }

    /** The headline's claim when it reports a rumour that no draft took, else null. */
    Draft untaken() {
        if (english || model.sentences.isEmpty()) return null;
        TextModel.Sentence s = model.sentences.get(0);
        if (!headline(s)) return null;
        for (Draft d : doc.drafts) if (d.contentBegin < s.end() && d.contentEnd > s.begin()) return null;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.quoted() || !REPORTATIVE.contains(t.lower()) || !perfect.closes(k, s)) continue;
            Draft source = firstSource();
            Draft d = Draft.cuelessClaim(s.index(), k, t.text(), source == null ? null : source.speaker);
            d.attribution = source == null ? Attribution.ANONYMOUS_SOURCES : Attribution.REPORTED;
            setContent(d, s.begin(), contentEndOf(s), s);
            d.clauseContent = true;
            d.confidence = 0.4;
            return d;
        }
        return null;
    }

    private Draft firstSource() {
        for (Draft d : doc.drafts) if (d.reported || d.speaker != null && d.speaker.kind() == SpeakerKind.MEDIA) return d;
        return null;
    }

    /** The title, or a first line standing alone in its paragraph. */
    private boolean headline(TextModel.Sentence s) {
        if (doc.read.inTitle(s.begin())) return true;
        return model.sentences.size() == 1 || model.sentences.get(1).paragraph() != s.paragraph();
    }
}
