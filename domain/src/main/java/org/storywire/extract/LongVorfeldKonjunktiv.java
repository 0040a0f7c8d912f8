package org.storywire.extract;

import java.util.Set;
import java.util.function.Predicate;

/**
 * The finite verb of a German main clause whose Vorfeld is longer than a few plain words: a phrase with a
 * parenthesis ("Die Opposition (CDU und FDP) werde ..."), with a relative clause set off by commas ("Die Toten, von
 * denen einige gefesselt worden seien, seien ..."), or a longer phrase ("Besonders der Norden des Landes sei ...").
 * German puts the finite verb second, right behind that one constituent, so a distinctive Konjunktiv I there is the
 * main clause's and the sentence is reported speech, as it is behind a short Vorfeld ({@link RunOnSpeech}). A sentence
 * that quotes is left to the quotation steps, which read the clause around its quoted phrase.
 */
final class LongVorfeldKonjunktiv {
    /** The Vorfeld's own words (parentheses and set-off clauses not counted): one phrase, perhaps with its attribute. */
    private static final int MAX_VORFELD_WORDS = 10;
    /** A set-off relative clause of more tokens than this is no attribute of the Vorfeld's phrase. */
    private static final int MAX_CLAUSE_TOKENS = 25;
    private static final Set<String> FIRST_PERSON = Set.of("ich", "wir");

    private final TextModel model;
    private final NounPhrases nps;
    private final Morphology morph;
    private final Set<String> subordinators;
    /** A distinctive Konjunktiv I form, lower case ("sei", "habe", "betreibe"). */
    private final Predicate<String> konjunktivI;

    LongVorfeldKonjunktiv(TextModel model, NounPhrases nps, Morphology morph, Set<String> subordinators, Predicate<String> konjunktivI) {
        this.model = model;
        this.nps = nps;
        this.morph = morph;
        this.subordinators = subordinators;
        this.konjunktivI = konjunktivI;
    }

    /** The token of the main clause's finite verb behind such a Vorfeld when it is a distinctive Konjunktiv I, or -1. */
    int verb(TextModel.Sentence s) {
        if (model.quotationIn(s)) return -1;
        int v = finiteVerb(s);
        return v >= 0 && konjunktivI.test(model.token(v).lower()) && !firstPersonAt(v - 1) && !(v + 1 < s.endToken() && firstPersonAt(v + 1)) ? v : -1;
    }

    private int finiteVerb(TextModel.Sentence s) {
        int f = s.firstToken();
        int e = s.endToken();
        int words = 0;
        for (int k = f; k < e; k++) {
            Token t = model.token(k);
            if (t.quoted()) return -1;
            if (t.isPunct('(')) {
                k = closing(k, e);
                if (k < 0) return -1;
                continue;
            }
            if (t.isPunct(',')) {
                // a relative clause describing the Vorfeld's phrase, closed by the next comma, with the verb right behind it
                if (!nps.opensRelativeClause(k + 1, e)) return -1;
                int close = nextComma(k + 1, e);
                return close > 0 && close - k <= MAX_CLAUSE_TOKENS && close + 1 < e ? close + 1 : -1;
            }
            if (!t.word()) return -1;
            // "In dem Moment als die Maschine aufsetze, ...": a subordinate clause inside the Vorfeld has its own verb
            if (subordinators.contains(t.lower())) return -1;
            if (k > f && !t.capitalised() && morph.german(t.lower()).finite()) return k;
            if (++words > MAX_VORFELD_WORDS) return -1;
        }
        return -1;
    }

    private boolean firstPersonAt(int k) {
        return FIRST_PERSON.contains(model.token(k).lower());
    }

    private int nextComma(int from, int e) {
        for (int k = from; k < e; k++) {
            if (model.token(k).quoted()) return -1;
            if (model.token(k).isPunct(',')) return k;
        }
        return -1;
    }

    private int closing(int open, int e) {
        for (int k = open + 1; k < e; k++) if (model.token(k).isPunct(')')) return k;
        return -1;
    }
}
