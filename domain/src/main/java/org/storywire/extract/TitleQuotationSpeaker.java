package org.storywire.extract;

/**
 * „Das war ein Fehler“ over "Die Ministerin räumt Versäumnisse ein ...": a German title that is only a quotation, a
 * sentence of its own (a finite verb in it), names its speaker in the teaser below, as the subject that opens the
 * teaser's first sentence before its finite verb, or, with attributes and appositions around it, the subject of that
 * sentence's main clause by verb-second order. A quoted title without a verb („Die Blechtrommel“) is a name.
 */
final class TitleQuotationSpeaker {
    private final Extraction doc;
    private final TextModel model;
    private final Morphology morph;
    private final NounPhrases nps;
    private final SpeakerFinder speakers;

    TitleQuotationSpeaker(Extraction doc, TextModel model, Morphology morph, NounPhrases nps, SpeakerFinder speakers) {
        this.doc = doc;
        this.model = model;
        this.morph = morph;
        this.nps = nps;
        this.speakers = speakers;
    }

    /** The teaser's subject that said the quotation {@code q} opening the title at token {@code from}, or null. */
    Subject of(int[] q, int from) {
        if (!doc.read.inTitle(q[0]) || model.token(from).begin() != q[0] || !sentence(q)) return null;
        for (TextModel.Sentence teaser : model.sentences) {
            if (doc.read.inTitle(teaser.begin())) continue;
            NounPhrase np = nps.at(teaser.firstToken(), teaser.endToken(), teaser.firstToken());
            if (np != null && np.end() < teaser.endToken() && nps.agentive(np) && finite(model.token(np.end()))) return new Subject(np, teaser);
            // "Der Kämmerer der Stadt, Peter Ohm, hat ...", "Der angeklagte Ex-Landrat Georg Sell hat ...": an attribute or an
            // apposition stands between the subject and its verb, which verb-second order still finds
            NounPhrase subject = speakers.mainClauseSubject(teaser);
            return subject != null && nps.agentive(subject) ? new Subject(subject, teaser) : null;
        }
        return null;
    }

    record Subject(NounPhrase np, TextModel.Sentence sentence) {}

    /** A quotation with a lower-case finite verb in it is a sentence said, not a title. */
    private boolean sentence(int[] q) {
        for (Token t : model.tokens) {
            if (t.begin() >= q[1]) break;
            if (t.begin() > q[0] && finite(t)) return true;
        }
        return false;
    }

    private boolean finite(Token t) {
        return t.word() && !t.capitalised() && morph.german(t.text()).finite();
    }
}
