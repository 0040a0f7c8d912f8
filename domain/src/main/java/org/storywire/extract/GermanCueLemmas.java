package org.storywire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A German reporting verb of {@code speech-cues-de.txt} in a form the list does not spell, found by its lemma, where
 * the verb closes a reporting frame: "Wie ein Sprecher mitteilt, ...", "Wie aus dem Bericht hervorgeht, ...", "..., bei
 * dem man davon ausgeht, dass ...". The list spells a separable verb's split forms ("teilt ... mit") and a few joined
 * ones ("mitteilte"); verb-final in the present, the joined form ("mitteilt", "feststellt") is a cue of the same verb.
 * Elsewhere a verb-final form is as often a relative or temporal clause's ("der von der Sonne ausgeht", "als er zum
 * Streik aufrief"), so only the two frames count.
 */
final class GermanCueLemmas {
    /** "Wie schon die Behörde am Montag mitteilt,": at most this many tokens between "wie" and its verb. */
    private static final int WIE_GAP = 8;

    private final Map<String, List<Lexicons.Cue>> byLemma = new HashMap<>();

    GermanCueLemmas(Map<String, List<Lexicons.Cue>> forms, Morphology morph) {
        forms.forEach((form, cues) -> {
            String lemma = verbLemma(form, morph);
            if (lemma == null) return;
            for (Lexicons.Cue cue : cues) {
                // a particle that closes the clause joins its verb where the dictionary knows the compound: "mitteilen", not "sehen darin"
                String joined = cue.particle() == null || cue.particleAdjacent() ? null : cue.particle() + lemma;
                if (joined != null && joined.equals(verbLemma(joined, morph))) add(joined, new Lexicons.Cue(cue.cls(), null, false));
                else if (cue.particle() == null) add(lemma, cue);
            }
        });
    }

    /** The cues of the verb at {@code i} in sentence tokens [f, e) if it closes a reporting frame, else null. */
    List<Lexicons.Cue> verbFinal(TextModel model, Morphology morph, int i, int f, int e) {
        Token t = model.token(i);
        if (!t.word() || t.capitalised() || t.quoted() || i + 1 >= e || !model.token(i + 1).isPunct(',')) return null;
        Morphology.Analysis a = morph.german(t.lower());
        // a third person finite form only: "ausgehe" or "glaube" may be the writer's first person
        if (!a.verbOnly() || !a.has(Morphology.THIRD_INDICATIVE | Morphology.THIRD_KJ1) || a.has(Morphology.FIRST_PERSON)) return null;
        List<Lexicons.Cue> cues = byLemma.get(a.lemma());
        if (cues == null) return null;
        boolean dass = i + 2 < e && model.token(i + 2).is("dass");
        return dass || wieClause(model, i, f) || zuInfinitiveBehind(model, morph, i + 2, e) ? cues : null;
    }

    /**
     * "..., denen der Präsident vorwirft, Urheber der Krise zu sein": a "zu" infinitive right behind the comma is the
     * verb's own complement, as a "dass" clause is; a relative or temporal clause's verb has none ("der davon ausgeht, ...").
     */
    private static boolean zuInfinitiveBehind(TextModel model, Morphology morph, int begin, int e) {
        int last = -1;
        for (int k = begin; k < e; k++) {
            Token x = model.token(k);
            if (!x.word()) break;
            last = k;
        }
        if (last <= begin) return false;
        Token verb = model.token(last);
        if (verb.capitalised() || verb.quoted()) return false;
        return model.token(last - 1).is("zu") && morph.german(verb.lower()).has(Morphology.VERB) || morph.german(verb.lower()).has(Morphology.ZU_INFINITIVE);
    }

    /** The cues listed for a verb lemma (a separable verb's under its joined lemma, "mitteilen"), or null. */
    List<Lexicons.Cue> ofLemma(String lemma) {
        return byLemma.get(lemma);
    }

    /** The clause of the verb at {@code i} opens with "wie", at the sentence's start or after a comma. */
    private static boolean wieClause(TextModel model, int i, int f) {
        for (int w = i - 1; w >= f && i - w <= WIE_GAP; w--) {
            Token x = model.token(w);
            if (x.isPunct(',') || x.isPunct(';') || x.isPunct(':')) return false;
            if (x.is("wie")) return w == f || model.token(w - 1).isPunct(',');
        }
        return false;
    }

    private static String verbLemma(String lower, Morphology morph) {
        Morphology.Analysis a = morph.german(lower);
        return a.has(Morphology.VERB) ? a.lemma() : null;
    }

    private void add(String lemma, Lexicons.Cue cue) {
        List<Lexicons.Cue> list = byLemma.computeIfAbsent(lemma, k -> new ArrayList<>());
        if (!list.contains(cue)) list.add(cue);
    }
}
