package org.storywire.extract;

import java.util.List;
import java.util.Map;

/**
 * "sagte Kim, Gründerin der Band: „...“", "In dem Schreiben heißt es wörtlich: „...“": a quotation after a colon
 * that closes a reported statement, where the words before the colon only frame it (who, where, the reporting
 * verb), is that statement's content and no quotation of its own inside it. Before the colon a verb that is no
 * reporting verb says something of its own ("würden nicht alle zustimmen: „...“"): then the quotation is a
 * second statement.
 */
final class ColonFrame {
    private final TextModel model;
    private final Morphology morph;
    private final Map<String, List<Lexicons.Cue>> cues;

    ColonFrame(TextModel model, Morphology morph, Map<String, List<Lexicons.Cue>> cues) {
        this.model = model;
        this.morph = morph;
        this.cues = cues;
    }

    /** Whether the quotation {@code q} inside {@code outer}'s content is all that the statement says. */
    boolean framedOnly(Draft outer, int[] q) {
        int at = model.sentenceAt(q[0]);
        if (at < 0) return false;
        TextModel.Sentence s = model.sentences.get(at);
        int quote = -1;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (quote < 0 && t.begin() >= q[0]) quote = k;
            // words after the quotation in the statement: it says more than the quotation
            if (t.begin() >= q[1] && t.begin() < outer.contentEnd && t.word()) return false;
        }
        if (quote <= s.firstToken() || !model.token(quote - 1).isPunct(':')) return false;
        // "laut „Zeitung“ mit folgenden Worten:": a quoted source in the frame attributes the quotation once more
        if (!model.quotesStartingIn(outer.contentBegin, model.token(quote - 1).begin()).isEmpty()) return false;
        for (int k = quote - 2; k >= s.firstToken() && model.token(k).begin() >= outer.contentBegin; k--) {
            if (k != outer.cueToken && ownVerb(model.token(k))) return false;
        }
        return true;
    }

    /** A verb form that is no reporting verb (the statement's own cue aside); capitalised words are read as nouns. */
    private boolean ownVerb(Token t) {
        if (!t.word() || t.capitalised() || cues.containsKey(t.lower())) return false;
        return morph.german(t.text()).verbOnly();
    }
}
