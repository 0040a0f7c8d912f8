package org.storywire.extract;

import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * German clause forms that tell a content clause from other clauses after a comma: a "zu" infinitive
 * (not one of purpose, not a main clause of its own), the verbs whose "zu" infinitive or "dass" clause is a
 * deed rather than something said, and where a clause ends as the main clause goes on.
 */
final class GermanClauseForms extends ExtractionStep {
    /** "um", "ohne", "statt": a "zu" infinitive after them is a purpose or manner, not what someone said. */
    private static final Set<String> PURPOSE = Lexicon.words("purpose-conjunctions-de.txt");
    /** "versuchen", "beginnen": their "zu" infinitive is an act, not something said. */
    private static final Set<String> ACTION_CONTROL = Lexicon.words("action-control-verbs-de.txt");

    GermanClauseForms(Extraction x) {
        super(x);
    }

    /**
     * A clause from {@code begin} to the next punctuation that ends in a "zu" infinitive ("einen Plan
     * vorzulegen", "beteiligt gewesen zu sein") and is not opened by a conjunction of purpose ("um ...
     * zu", "ohne ... zu") or another subordinator.
     */
    boolean zuInfinitiveClause(int begin, TextModel.Sentence s) {
        if (begin >= s.endToken() || RunOnSpeech.SUBORDINATORS.contains(model.token(begin).lower()) || PURPOSE.contains(model.token(begin).lower())) return false;
        // "..., ist aber nicht zu erfahren": a clause opened by a finite verb is a main clause of its own
        if (finiteOnly(model.token(begin))) return false;
        int last = -1;
        for (int k = begin; k < s.endToken(); k++) {
            Token x = model.token(k);
            if (x.quoted()) continue;
            if (!x.word()) break;
            last = k;
        }
        if (last <= begin) return false;
        Token verb = model.token(last);
        return !verb.capitalised() && (model.token(last - 1).is("zu") || morph.zuInfinitive(verb.lower()) || zuInside(verb.lower()));
    }

    /** "voranzutreiben": a word the dictionary lacks, a particle, "zu" and a verb it knows ("treiben"). */
    private boolean zuInside(String w) {
        for (int i = w.indexOf("zu", 2); i > 0 && i + 6 <= w.length(); i = w.indexOf("zu", i + 1)) {
            String verb = w.substring(i + 2);
            if (verb.endsWith("n") && morph.german(verb).has(Morphology.VERB)) return true;
        }
        return false;
    }

    /** "ist", "sind", "wurde": a lower-case word the dictionary knows only as a finite verb. */
    private boolean finiteOnly(Token t) {
        if (t.capitalised()) return false;
        Morphology.Analysis a = morph.german(t.lower());
        return a.has(Morphology.INDICATIVE) && !a.has(Morphology.NON_VERB);
    }

    /**
     * Whether a verb of the main clause from {@code from} to {@code to} is one of trying, managing or
     * starting ("versuchte", "begann"), also with its separable particle at the clause's end ("fingen ... an").
     */
    boolean actionControl(int from, int to) {
        Token end = model.token(to - 1);
        String particle = end.word() && !end.capitalised() ? end.lower() : "";
        for (int k = from; k < to; k++) {
            Token x = model.token(k);
            if (!x.word() || x.capitalised()) continue;
            String lemma = String.valueOf(morph.germanLemma(x.lower()));
            if (ACTION_CONTROL.contains(lemma) || ACTION_CONTROL.contains(particle + lemma)) return true;
        }
        return false;
    }

    /** "Für die Behauptung, dass ..., fehlt jeder Hinweis": the clause ends where the main clause goes on with its finite verb. */
    int complementEnd(int begin, TextModel.Sentence s) {
        for (int k = begin; k + 1 < s.endToken(); k++) {
            if (model.token(k).isPunct(',') && finiteOnly(model.token(k + 1))) return model.token(k).begin();
        }
        return contentEndOf(s);
    }
}
