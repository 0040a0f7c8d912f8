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
            NounPhrase subject = subject(teaser);
            // „Herr Kruse, wann kommt ...?“ over "... erklärt Verkehrsminister Olaf Kruse": a quotation naming the teaser's
            // subject addresses it, an interviewer's question
            return subject != null && !named(q, subject) ? new Subject(subject, teaser) : null;
        }
        return null;
    }

    /** The subject of the teaser's first sentence that can speak, or null. */
    private NounPhrase subject(TextModel.Sentence teaser) {
        NounPhrase np = nps.at(teaser.firstToken(), teaser.endToken(), teaser.firstToken());
        if (np != null && np.end() < teaser.endToken() && nps.agentive(np) && finite(model.token(np.end()))) return np;
        // "Der Kämmerer der Stadt, Peter Ohm, hat ...", "Der angeklagte Ex-Landrat Georg Sell hat ...": an attribute or an
        // apposition stands between the subject and its verb, which verb-second order still finds
        NounPhrase subject = speakers.mainClauseSubject(teaser);
        if (subject != null && nps.agentive(subject)) return subject;
        return subjectAtVerb(teaser);
    }

    /**
     * "Der wegen Untreue angeklagte Ex-Landrat Georg Seibold hat ...": the phrase that ends right at the first finite
     * verb; "Scharfe Kritik ... übt der Pflegerat", "Viele Häuser sind unbewohnbar, berichtet Ortsbürgermeister Rieder":
     * else the phrase right behind a finite verb that closes its clause, the subject inverted behind what was fronted or
     * said. Agentive only.
     */
    private NounPhrase subjectAtVerb(TextModel.Sentence teaser) {
        int f = teaser.firstToken();
        boolean firstVerb = true;
        for (int k = f + 1; k < teaser.endToken(); k++) {
            Token t = model.token(k);
            if (t.quoted() || !finite(t)) continue;
            if (firstVerb) {
                for (int j = f; j < k; j++) {
                    NounPhrase before = nps.at(j, k, f);
                    if (before != null && before.end() == k && nps.agentive(before)) return before;
                }
                firstVerb = false;
            }
            NounPhrase behind = nps.at(k + 1, teaser.endToken(), f);
            // the inverted subject closes its clause and has an article or a name with it ("übt der Pflegerat."); "herrscht
            // Stille nach dem Abpfiff", "herrscht Stille." narrate
            if (behind != null && nps.agentive(behind) && !behind.pronoun() && behind.end() - behind.first() >= 2
                    && closesClause(behind.end(), teaser)) return behind;
        }
        return null;
    }

    record Subject(NounPhrase np, TextModel.Sentence sentence) {}

    /** Whether the quotation {@code q} holds the last word of the phrase (a surname, a role) as a word of its own. */
    private boolean named(int[] q, NounPhrase np) {
        String last = model.token(np.end() - 1).text();
        for (Token t : model.tokens) {
            if (t.begin() >= q[1]) break;
            if (t.begin() > q[0] && t.word() && t.text().equals(last)) return true;
        }
        return false;
    }

    private boolean closesClause(int end, TextModel.Sentence teaser) {
        return end >= teaser.endToken() || !model.token(end).word();
    }

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
