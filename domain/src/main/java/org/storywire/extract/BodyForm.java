package org.storywire.extract;

import java.util.Set;

/**
 * A German phrase that names an organisation or a party by its form, with no list of names: an article and an
 * acronym ("die GdF", "Die OSZE"), or an article and a capitalised adjective used as a noun ("Die Grünen", "die
 * Linke") whose verb agrees in number: a plural in -en with a plural verb, a singular in -e with a singular one
 * ("Die Rechte der Mieter sind ..." are rights). A phrase with its acronym in brackets needs no test here: the
 * callers' clauses stop at a bracket.
 */
final class BodyForm {
    private static final Set<String> ARTICLES = Set.of("die", "der", "das");
    /** Acronyms of bodies are short; a longer word in capitals is emphasis or a name. */
    private static final int MAX_ACRONYM = 6;
    /** "Die Grünen dagegen sehen": the verb follows its subject within a few words. */
    private static final int VERB_REACH = 3;

    private final TextModel model;
    private final Morphology morph;

    BodyForm(TextModel model, Morphology morph) {
        this.model = model;
        this.morph = morph;
    }

    /** Whether the phrase names a body by its form; {@code end} bounds the search for its verb. */
    boolean names(NounPhrase np, int end) {
        if (np.pronoun() || np.end() - np.first() != 2 || !ARTICLES.contains(model.token(np.first()).lower())) return false;
        Token head = model.token(np.end() - 1);
        return acronym(head) || nominalisedAdjective(np, head, end);
    }

    /** "CDU", "GdF", "G7": a few letters or digits (a hyphen allowed), mostly capitals or digits, opening with a capital. */
    static boolean acronym(Token t) {
        String w = t.text();
        if (w.length() < 2 || w.length() > MAX_ACRONYM || !Character.isUpperCase(w.charAt(0))) return false;
        char last = w.charAt(w.length() - 1);
        if (!Character.isUpperCase(last) && !Character.isDigit(last)) return false;
        int upper = 0;
        int lower = 0;
        for (char c : w.toCharArray()) {
            if (Character.isUpperCase(c) || Character.isDigit(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
            else if (c != '-') return false;
        }
        return upper > lower;
    }

    /** "Die Grünen fordern", "die Linke fordert": a capitalised adjective after the article, its verb agreeing. */
    private boolean nominalisedAdjective(NounPhrase np, Token head, int end) {
        // "Das Neue" is a thing: only a masculine or feminine article names someone
        if (!head.capitalised() || model.token(np.first()).is("das") || !morph.german(head.lower()).has(Morphology.ADJECTIVE)) return false;
        boolean plural = head.lower().endsWith("en") && model.token(np.first()).is("die");
        if (!plural && !head.lower().endsWith("e")) return false;
        Token verb = verbOf(np, end);
        return verb != null && pluralVerb(verb) == plural;
    }

    /** The finite verb right before the phrase ("fordert die Linke") or a few words behind it; else null. */
    private Token verbOf(NounPhrase np, int end) {
        if (np.first() > 0 && finite(model.token(np.first() - 1))) return model.token(np.first() - 1);
        for (int k = np.end(); k < end && k < np.end() + VERB_REACH; k++) {
            Token t = model.token(k);
            if (!t.word()) return null;
            if (finite(t)) return t;
        }
        return null;
    }

    private boolean finite(Token t) {
        return t.word() && !t.capitalised() && !t.quoted() && morph.german(t.text()).finite();
    }

    /** German finite plurals end in -n ("fordern", "sahen", "wollten"), but for "sind". */
    private static boolean pluralVerb(Token t) {
        return t.lower().endsWith("n") || t.is("sind");
    }
}
