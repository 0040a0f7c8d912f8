package org.storywire.extract;

import java.util.List;
import java.util.Map;
import org.storywire.clean.Lexicon;

/**
 * "Die Gemeinde klagt gegen die Genehmigung": a German reporting verb with a prepositional phrase in its own clause
 * (between the commas around it) that gives it another sense, here going to court, says nothing. The prepositions are
 * listed by the verb's lemma in {@code non-speech-prepositions-de.txt}.
 */
final class PrepositionSense {
    private static final Map<String, List<String>> PREPOSITIONS = Lexicon.wordsByKind("non-speech-prepositions-de.txt");
    private final TextModel model;
    private final Morphology morph;

    PrepositionSense(TextModel model, Morphology morph) {
        this.model = model;
        this.morph = morph;
    }

    /** Whether the German verb at {@code cue} has a preposition in its clause that makes it no verb of speech. */
    boolean otherSense(int cue, TextModel.Sentence s) {
        List<String> prepositions = PREPOSITIONS.get(morph.germanLemma(model.token(cue).lower()));
        if (prepositions == null) return false;
        for (int k = cue - 1; k >= s.firstToken() && !model.token(k).isPunct(','); k--) if (heads(k, prepositions)) return true;
        for (int k = cue + 1; k < s.endToken() && !model.token(k).isPunct(','); k++) if (heads(k, prepositions)) return true;
        return false;
    }

    private boolean heads(int k, List<String> prepositions) {
        Token t = model.token(k);
        return t.word() && !t.quoted() && prepositions.contains(t.lower());
    }
}
