package org.storywire.extract;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    /** Determiners (with "im", "zum" and the other fused prepositions) that open a noun phrase. */
    private static final Set<String> DETERMINERS = Stream.of(NounPhrases.OBLIQUE_ARTICLES, NounPhrases.NOMINATIVE_ARTICLES_DE)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    /** "sprach von einem „...“", "bezeichnete ihn als einen „...“": what the determiner opens there is wording. */
    private static final Set<String> WORDING_PREPOSITIONS = Set.of("von", "als");
    /** A name is a few words; a longer quotation after a noun is more often the wording of someone. */
    private static final int MAX_NAME_WORDS = 5;
    /** A quotation a determiner opens is itself the noun phrase: the full title of a law or prize runs this long. */
    private static final int MAX_TITLE_WORDS = 12;

    private final TextModel model;
    private final Morphology morph;
    private final Lexicons lex;

    QuotedName(TextModel model, Morphology morph, Lexicons lex) {
        this.model = model;
        this.morph = morph;
        this.lex = lex;
    }

    /**
     * Whether the quotation {@code q}, opening at token {@code quote} of sentence {@code s}, names the noun before it or,
     * opened by a determiner, is itself the noun phrase ("ein „geflügeltes Wort“", "nach dem „Gesetz zur ...“").
     */
    boolean names(TextModel.Sentence s, int quote, int[] q) {
        if (quote - 1 < s.firstToken()) return false;
        boolean named = quote - 2 >= s.firstToken() && commonNoun(model.token(quote - 1)) && model.token(quote - 2).word()
                && nameLike(s, q, MAX_NAME_WORDS);
        boolean titled = !named && determinerOpens(s, quote) && nameLike(s, q, MAX_TITLE_WORDS) && !endsInVerb(s, q);
        if (!named && !titled) return false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.word() && !t.quoted() && morph.distinctiveKonjunktivI(t.text())) return false;
        }
        return true;
    }

    /**
     * A determiner right before the quotation, unless it is a relative pronoun after a comma ("das „...“ sein soll") or
     * opens the phrase of "sprechen von", "die Rede sein von", "bezeichnen als" ("von einem „...“", "als ein „...“"):
     * those report someone's wording.
     */
    private boolean determinerOpens(TextModel.Sentence s, int quote) {
        Token det = model.token(quote - 1);
        if (!det.word() || det.quoted() || !DETERMINERS.contains(det.lower())) return false;
        if (quote - 2 < s.firstToken()) return true;
        Token before = model.token(quote - 2);
        return !before.isPunct(',') && !WORDING_PREPOSITIONS.contains(before.lower());
    }

    /** "im „Regelfall um vier Jahre verschoben“": a quotation ending in a lower-case verb form is a clause's wording, no title. */
    private boolean endsInVerb(TextModel.Sentence s, int[] q) {
        Token last = null;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.begin() >= q[1]) break;
            if (t.begin() >= q[0] && t.word()) last = t;
        }
        return last != null && !last.capitalised() && morph.german(last.text()).has(Morphology.VERB);
    }

    /**
     * A name is a few words without a verb ("„schadet nicht“" is said), and one lower-case word the dictionary knows as no noun
     * ("„angekündigt“", "„nur“") is a word set off, not a name.
     */
    private boolean nameLike(TextModel.Sentence s, int[] q, int maxWords) {
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
        if (first == null || words > maxWords) return false;
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
