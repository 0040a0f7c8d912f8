package org.storywire.extract;

import java.util.List;
import java.util.Map;
import org.storywire.clean.Lexicon;

/**
 * "Die Ministerin sagt ihre Reise ab": a German reporting verb whose clause closes on a separable particle that
 * makes it another verb ("absagen" cancels, "anmelden" registers) says nothing. The particle stands at the end of
 * the verb's clause, before the next punctuation, as a separable particle of a main clause does; the pairs are
 * listed by the verb's lemma in {@code non-speech-particles-de.txt}.
 */
final class ParticleSense {
    private static final Map<String, List<String>> PARTICLES = Lexicon.wordsByKind("non-speech-particles-de.txt");
    private final TextModel model;
    private final Morphology morph;

    ParticleSense(TextModel model, Morphology morph) {
        this.model = model;
        this.morph = morph;
    }


    /** Whether the German verb at {@code cue} has a particle closing its clause that makes it no verb of speech. */
    boolean otherVerb(int cue, TextModel.Sentence s) {
        List<String> particles = PARTICLES.get(morph.germanLemma(model.token(cue).lower()));
        if (particles == null) return false;
        for (int k = cue + 1; k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.quoted()) continue;
            if (!t.word()) return false;
            boolean closes = k + 1 >= s.endToken() || !model.token(k + 1).word();
            if (closes && particles.contains(t.lower())) return true;
        }
        return false;
    }
}
