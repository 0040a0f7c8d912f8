package org.storywire.extract;

import java.util.Set;
import org.storywire.analyse.GermanDictionary;
import org.storywire.clean.Lexicon;

/**
 * "das Lied „...“", "der Gewerkschaft „...“", "die neue Domain „...“": a German quotation right after a common noun
 * that an article or an attribute opens is that noun's name (a close apposition), not something said. Nouns of saying
 * ("die Parole „...“") are no names, and in a sentence of reported speech (a Konjunktiv I form) the quotation after a
 * noun is the speaker's wording ("das System sei „kaputt“").
 */
final class QuotedName {
    static final Set<String> UTTERANCE_NOUNS = Lexicon.words("utterance-nouns-de.txt");
    /** A name is a few words; a longer quotation after a noun is more often the wording of someone. */
    private static final int MAX_NAME_WORDS = 5;

    private final TextModel model;
    private final Morphology morph;
    private final Lexicons lex;

    QuotedName(TextModel model, Morphology morph, Lexicons lex) {
        this.model = model;
        this.morph = morph;
        this.lex = lex;
    }

    /** Whether the quotation {@code q}, opening at token {@code quote} of sentence {@code s}, names the noun before it. */
    boolean names(TextModel.Sentence s, int quote, int[] q) {
        if (quote - 2 < s.firstToken()) return false;
        Token noun = model.token(quote - 1);
        Token before = model.token(quote - 2);
        if (!commonNoun(noun) || !before.word() || !nameLike(s, q)) return false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.word() && !t.quoted() && morph.distinctiveKonjunktivI(t.text())) return false;
        }
        return true;
    }

    /**
     * A name is a few words without a verb ("„schadet nicht“" is said), and one lower-case word the dictionary knows as no noun
     * ("„angekündigt“", "„nur“") is a word set off, not a name.
     */
    private boolean nameLike(TextModel.Sentence s, int[] q) {
        int words = 0;
        Token first = null;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.begin() < q[0] || !t.word()) continue;
            if (t.begin() >= q[1]) break;
            if (first == null) first = t;
            words++;
            if (!t.capitalised() && morph.german(t.text()).verbOnly()) return false;
        }
        if (first == null || words > MAX_NAME_WORDS) return false;
        return words > 1 || first.capitalised() || !morph.german(first.text()).has(Morphology.KNOWN) || morph.german(first.text()).has(Morphology.NOUN);
    }

    private boolean commonNoun(Token t) {
        if (!t.word() || !t.capitalised() || t.acronym() || UTTERANCE_NOUNS.contains(t.lower()) || lex.timeWords.contains(t.lower())) return false;
        // "Heimat-Dokumentation": a hyphenated compound is the noun after its last hyphen
        String head = t.text().substring(t.text().lastIndexOf('-') + 1);
        if (head.isEmpty() || !Character.isUpperCase(head.charAt(0))) return false;
        Morphology.Analysis a = morph.german(head);
        if (a.has(Morphology.PROPER) || a.has(Morphology.VERB)) return false;
        return a.has(Morphology.NOUN) || GermanDictionary.isUnknownCompoundNoun(head);
    }
}
