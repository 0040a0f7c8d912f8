package org.storywire.extract;

import org.storywire.analyse.GermanDictionary;

/**
 * "Verdi: Streik geht weiter", "IG Metall: Warnstreiks ab Montag", "Solvia Energie: Strompreise sinken": a German
 * headline label that is the proper name of an organisation, told by its form rather than by a list of names. One word
 * the dictionary knows only as a proper noun, neither a place nor a person's name, speaks a clause or a line with a
 * statement's form; a topic is named by a common noun ("Handball: ...", "Olympia: ...") or a place ("Iran: ...").
 * Two words, a short name in capitals or a word the dictionary does not know followed by a common noun (the
 * company's or union's field: "Energie", "Metall"), are a company's or union's name, which also speaks a verbless
 * line, as a body's press release is headlined ("Warnstreiks in der Metallindustrie ab Montag").
 */
final class NameLabel {
    private final TextModel model;
    private final Morphology morph;
    private final StatementForm form;
    /** Whether the token at an index is a short name in capitals ("IG", "SPD"), as the caller's lexicon tells. */
    private final java.util.function.IntPredicate acronym;

    NameLabel(TextModel model, Morphology morph, StatementForm form, java.util.function.IntPredicate acronym) {
        this.model = model;
        this.morph = morph;
        this.form = form;
        this.acronym = acronym;
    }

    /** Whether the label from {@code first} to {@code end} is an organisation's name that speaks the line from {@code said}. */
    boolean speaks(int first, int end, int said, int lineEnd) {
        if (end - first == 1) return properOnly(first) && (form.said(said, lineEnd) || finiteVerb(said, lineEnd));
        if (end - first != 2) return false;
        return (acronym.test(first) || unknownName(first)) && commonNoun(first + 1);
    }

    /** "Verdi": a word the dictionary tags as a proper noun only, not as a place, a first name or a surname. */
    private boolean properOnly(int k) {
        String w = model.token(k).text();
        if (w.indexOf('-') >= 0) return false;
        Morphology.Analysis a = morph.german(w);
        return a.has(Morphology.PROPER) && !a.has(Morphology.NOUN)
                && !GermanDictionary.isPlace(w) && !GermanDictionary.isFirstName(w) && !GermanDictionary.isSurname(w);
    }

    /** "Solvia": a word the dictionary does not know, not even as a compound of known words, nor a hyphenated compound. */
    private boolean unknownName(int k) {
        String w = model.token(k).text();
        return w.indexOf('-') < 0 && !GermanDictionary.isKnown(w) && !GermanDictionary.isUnknownCompoundNoun(w);
    }

    /** "Energie", "Metall": a common noun the dictionary knows, which names the field behind a company's name. */
    private boolean commonNoun(int k) {
        String w = model.token(k).text();
        if (w.indexOf('-') >= 0) return false;
        Morphology.Analysis a = morph.german(w);
        return a.has(Morphology.NOUN) && !a.has(Morphology.PROPER) && !GermanDictionary.isPlace(w);
    }

    /** A finite verb in lower case among the line's words: "Streik geht weiter" says something happens. */
    private boolean finiteVerb(int from, int end) {
        for (int k = from; k < end; k++) {
            Token t = model.token(k);
            if (t.word() && !t.capitalised() && morph.german(t.text()).finite()) return true;
        }
        return false;
    }
}
