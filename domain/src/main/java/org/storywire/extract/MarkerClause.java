package org.storywire.extract;

import java.util.Set;

/**
 * "Ziel der Gruppe ist der Sturz der Regierung, die ihrer Meinung nach zu Unrecht regiert", "..., weil die Mission nach
 * Angaben der UN überfordert ist": a report marker in the middle field of a relative or adverbial clause reports that
 * clause alone, not the main clause it hangs on. The clause opens right behind a comma with a relative pronoun or a
 * subordinator (a preposition may stand before the pronoun, "bei dem"), no finite verb stands between the opener and
 * the marker (a verb there makes ", die Polizei fahndet nach Angaben ..." a main clause), and it ends at the next
 * comma, semicolon, colon, dash or parenthesis, or with the sentence. A "dass" or "ob" clause is no such clause: it is
 * a verb's said part, where a marker tells where the speaker has it from ({@link NestedMarker}).
 */
final class MarkerClause extends ExtractionStep {
    /** "bei dem", "von der", "mit denen": the few words a preposition and its relative pronoun take. */
    private static final int PREPOSITION_REACH = 1;
    /** Prepositions that take a relative pronoun ("bei dem", "von dem", "in der", "mit denen"). */
    private static final Set<String> PREPOSITIONS = Set.of("bei", "von", "in", "mit", "an", "auf", "aus", "für", "gegen", "über", "unter", "zu", "durch", "um");

    MarkerClause(Extraction x) {
        super(x);
    }

    /** The first token of the subordinate clause whose middle field holds the marker at {@code marker}, or -1. */
    int start(TextModel.Sentence s, int marker) {
        int f = s.firstToken();
        int comma = -1;
        for (int k = marker - 1; k > f; k--) {
            Token t = model.token(k);
            if (t.quoted()) return -1;
            if (t.isPunct(',')) { comma = k; break; }
            if (!t.word() || finiteVerbAt(k, s.endToken())) return -1;
        }
        if (comma < 0) return -1;
        int opener = comma + 1;
        if (opener >= marker) return -1;
        String w = model.token(opener).lower();
        // "sagte, dass nach ersten Berechnungen ...": a content clause is the verb's said part, the marker only tells where the speaker has it from
        if (RunOnSpeech.DASS.contains(w) || w.equals("ob")) return -1;
        if (RunOnSpeech.SUBORDINATORS.contains(w)) return opener;
        // "bei dem es sich ... gehandelt habe": a preposition before the relative pronoun
        for (int k = opener; k <= opener + PREPOSITION_REACH && k < marker; k++) {
            if (NounPhrases.RELATIVE_PRONOUNS_DE.contains(model.token(k).lower())) return k == opener || isPreposition(opener) ? opener : -1;
        }
        return -1;
    }

    /** The end offset of the clause that holds the token at {@code from}: the next comma, semicolon, colon or dash, or the sentence's end. */
    int end(TextModel.Sentence s, int from) {
        for (int k = from; k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.quoted()) continue;
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.isPunct('–') || t.isPunct('(')) return t.begin();
        }
        return contentEndOf(s);
    }

    private boolean isPreposition(int k) {
        return PREPOSITIONS.contains(model.token(k).lower());
    }
}
