package org.storywire.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * German verbs that a quotation corpus annotates as cue heads often enough ({@code learned-cues-de.txt}, written by
 * {@code eval cue-forms --german}): the long tail of reporting verbs ("skandierten", "aufgefordert") that the hand list
 * {@code speech-cues-de.txt} does not know. A form of one is a claim cue; a lemma the hand list knows keeps the hand
 * list's forms and classes alone. A verb learned with its separable particle ("stellte ... fest") needs that particle
 * behind its finite form, as a listed one does.
 */
final class LearnedGermanCues {
    /** "beschrieben worden war": at most this many verbs behind a clause-final form. */
    private static final int AUXILIARIES = 2;

    private final Map<String, List<Lexicons.Cue>> byLemma = new HashMap<>();
    /** The cues made here, told from listed ones by identity (records compare by value). */
    private final Set<Lexicons.Cue> made = Collections.newSetFromMap(new IdentityHashMap<>());

    /** {@code lines}: a lemma each, with TAB and its particle where it was learned split ("feststellen TAB fest"). */
    LearnedGermanCues(List<String> lines, GermanCueLemmas listed) {
        for (String line : lines) {
            String[] f = line.split("\t");
            String lemma = f[0];
            if (listed.ofLemma(lemma) != null) continue;
            String particle = f.length > 1 ? f[1] : null;
            Lexicons.Cue cue = new Lexicons.Cue("CLAIM", particle, false);
            made.add(cue);
            // a split verb is found by its finite form's lemma ("stellte": "stellen") and then its particle
            byLemma.computeIfAbsent(particle == null ? lemma : lemma.substring(particle.length()), k -> new ArrayList<>()).add(cue);
        }
    }

    /**
     * The learned cues of the lower-case verb form at {@code i} in sentence tokens [f, e), or null; a particle only
     * splits off a finite form. A form closing a relative or adverbial clause ("der früher anders hieß, gilt ...") is
     * none: what follows its comma is the main clause, not what was said; a "wie" clause is a reporting frame.
     */
    List<Lexicons.Cue> of(TextModel model, Morphology morph, int i, int f, int e) {
        Token t = model.token(i);
        if (t.capitalised()) return null;
        Morphology.Analysis a = morph.german(t.lower());
        List<Lexicons.Cue> cues = a.has(Morphology.VERB) ? byLemma.get(a.lemma()) : null;
        if (cues == null || closesSubordinate(model, morph, i, f, e)) return null;
        if (a.has(Morphology.INDICATIVE | Morphology.KJ1 | Morphology.KJ2)) return cues;
        List<Lexicons.Cue> joined = cues.stream().filter(c -> c.particle() == null).toList();
        return joined.isEmpty() ? null : joined;
    }

    private static boolean closesSubordinate(TextModel model, Morphology morph, int i, int f, int e) {
        int k = i + 1;
        // "beschrieben worden war,": the verb with its auxiliaries closes the clause
        while (k < e && k - i <= AUXILIARIES && model.token(k).word() && morph.german(model.token(k).lower()).has(Morphology.VERB)) k++;
        if (k >= e || !model.token(k).isPunct(',')) return false;
        int opener = i;
        while (opener > f && !model.token(opener - 1).isPunct(',')) opener--;
        String first = model.token(opener).lower();
        // a sentence opens with an article ("Der Verband hat ... aufgefordert, ..."), a clause behind a comma with a relative pronoun
        return opener > f && NounPhrases.RELATIVE_PRONOUNS_DE.contains(first) || RunOnSpeech.SUBORDINATORS.contains(first) && !first.equals("wie");
    }

    /** Whether the cue is a learned one. */
    boolean learned(Lexicons.Cue cue) {
        return made.contains(cue);
    }
}
