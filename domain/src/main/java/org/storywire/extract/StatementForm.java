package org.storywire.extract;

import java.util.Set;

/**
 * Whether a German headline line has the form of something said rather than of a report: it speaks in the first
 * person, is negated, takes a modal or the future ("muss verlängert werden", "werden steigen"), a Konjunktiv ("wäre
 * ungerecht", "sei gescheitert") or judges with a copula and an adjective ("ist marode", "bleibt stabil", also a
 * participle after "bleiben": "bleibt geschlossen"), or, with no finite verb at all, ends in a predicative adjective
 * whose copula the headline dropped ("Gerüchte über Schließung unbegründet"). "Deutschland schlägt Spanien" narrates
 * an event in the present, "Was Chatbots heute können" asks a question, "Kokain im Hafen entdeckt" narrates in a
 * passive without its auxiliary: all name a topic.
 */
final class StatementForm {
    static final Set<String> FIRST_PERSON = Set.of("ich", "wir", "mein", "meine", "unser", "unsere", "mir", "uns");
    /** The modals and "werden": what must, should, may or will be is someone's demand, plan or forecast. */
    private static final Set<String> MODAL_LEMMAS = Set.of("müssen", "sollen", "wollen", "können", "dürfen", "werden");
    /** Verbs that link a subject to what is said of it: "ist marode", "bleibt stabil". */
    private static final Set<String> COPULA_LEMMAS = Set.of("sein", "bleiben");
    /** A line opening with a question word is an indirect question: what the item is about. */
    private static final Set<String> QUESTION_WORDS = Set.of("was", "wie", "warum", "weshalb", "wieso", "wer", "wo", "wann", "welche", "welcher", "welches", "ob");

    private final TextModel model;
    private final Morphology morph;

    StatementForm(TextModel model, Morphology morph) {
        this.model = model;
        this.morph = morph;
    }

    /** Whether the line from {@code from} opens with a question word: an indirect question names what an item is about. */
    boolean asks(int from) {
        return QUESTION_WORDS.contains(model.token(from).lower());
    }

    /** Whether the tokens from {@code from} to {@code end} have a statement's form. */
    boolean said(int from, int end) {
        if (from >= end || asks(from)) return false;
        boolean copula = false;
        boolean staying = false;
        boolean finite = false;
        Morphology.Analysis last = null;
        for (int k = from; k < end; k++) {
            Token t = model.token(k);
            if (!t.word()) continue;
            String lower = t.lower();
            if (FIRST_PERSON.contains(lower) || CueFinder.NEGATIONS.contains(lower)) return true;
            last = null;
            if (t.capitalised() && k > from) continue;
            Morphology.Analysis a = morph.german(t.text());
            last = a;
            if (a.finite() && (MODAL_LEMMAS.contains(a.lemma()) || a.has(Morphology.KJ2) && !a.has(Morphology.INDICATIVE)
                    || morph.distinctiveKonjunktivI(t.text()))) return true;
            if (copula && a.has(Morphology.ADJECTIVE) && !a.has(Morphology.VERB)) return true;
            if (staying && a.has(Morphology.PARTICIPLE)) return true;
            copula |= a.finite() && COPULA_LEMMAS.contains(a.lemma());
            staying |= a.finite() && "bleiben".equals(a.lemma());
            finite |= a.finite() && !a.has(Morphology.PARTICIPLE);
        }
        return !finite && last != null && last.has(Morphology.PREDICATIVE_ADJECTIVE) && !last.has(Morphology.VERB);
    }
}
