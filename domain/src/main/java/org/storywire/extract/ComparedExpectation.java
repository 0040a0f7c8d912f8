package org.storywire.extract;

import java.util.Set;

/**
 * "Anders als zunächst befürchtet müssen Eltern nicht mehr zahlen", "ähnlicher als bisher angenommen", "wie erwartet":
 * a participle of a reporting verb right behind a comparing "als" or "wie", with at most adverbs between, compares
 * a fact with what was feared, expected or announced; no one in the sentence says anything by it. An agent ("wie von
 * der Polizei angekündigt") or a subject ("wie die Polizei mitteilte") keeps the speaker and is left alone.
 */
final class ComparedExpectation {
    private static final Set<String> COMPARING = Set.of("als", "wie");
    /** "als zunächst befürchtet", "wie bereits berichtet": adverbs of time or extent between the comparing word and the participle. */
    private static final Set<String> ADVERBS = Set.of("zunächst", "bisher", "ursprünglich", "bereits", "schon", "zuvor", "allgemein",
            "weithin", "vielfach", "lange", "erst", "noch", "ebenfalls");
    private static final int MAX_ADVERBS = 2;
    private final TextModel model;
    private final Morphology morph;

    ComparedExpectation(TextModel model, Morphology morph) {
        this.model = model;
        this.morph = morph;
    }

    /** Whether the German cue at {@code cue} is a participle that only compares with what was expected. */
    boolean compares(int cue, TextModel.Sentence s) {
        // "befürchtet" is also a finite form ("ihr befürchtet"), so the participle reading is what counts here
        if (!morph.german(model.token(cue).text()).has(Morphology.PARTICIPLE)) return false;
        for (int k = cue - 1; k >= s.firstToken() && k >= cue - 1 - MAX_ADVERBS; k--) {
            Token t = model.token(k);
            if (!t.word() || t.quoted()) return false;
            if (COMPARING.contains(t.lower())) return true;
            // only an adverb may stand between: no subject ("als er befürchtet hatte") and no agent ("wie von der Polizei")
            if (!ADVERBS.contains(t.lower())) return false;
        }
        return false;
    }
}
