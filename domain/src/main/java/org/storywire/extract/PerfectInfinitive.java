package org.storywire.extract;

import org.storywire.analyse.GermanDictionary;

/**
 * A modal closing its clause with a participle and "haben" or "sein": "soll von dem Deal gewusst haben" (what
 * others say), "will nichts gewusst haben" (what the subject says of itself). After "bis" the same form is a
 * deadline ("will bis 2030 alle Werke umgebaut haben"), no report.
 */
final class PerfectInfinitive {
    /** "gesagt" has six letters; shorter "ge...t" words are no participles. */
    private static final int MIN_PARTICIPLE = 5;

    private final TextModel model;
    private final Morphology morph;

    PerfectInfinitive(TextModel model, Morphology morph) {
        this.model = model;
        this.morph = morph;
    }

    /** Whether the clause of the modal at {@code modal} ends in a perfect infinitive. */
    boolean closes(int modal, TextModel.Sentence s) {
        for (int j = modal + 1; j < s.endToken(); j++) {
            Token x = model.token(j);
            if (!x.word() || x.is("bis")) return false;
            if (!ExtractionStep.REPORTATIVE_TAIL.contains(x.lower()) || x.quoted()) continue;
            boolean last = j + 1 == s.endToken() || !model.token(j + 1).word();
            if (last && participle(model.token(j - 1))) return true;
        }
        return false;
    }

    /** A participle the dictionary knows, or an unknown word of the regular form "ge...t" ("geschönt"). */
    private boolean participle(Token t) {
        if (morph.german(t.text()).has(Morphology.PARTICIPLE)) return true;
        String w = t.lower();
        return !t.capitalised() && w.startsWith("ge") && w.endsWith("t") && w.length() > MIN_PARTICIPLE && !GermanDictionary.isKnown(t.text());
    }
}
