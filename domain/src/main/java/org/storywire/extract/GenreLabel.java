package org.storywire.extract;

import org.storywire.analyse.GermanDictionary;

/**
 * "Interview: „...“", "Kommentar: „...“", "Liveblog: „...“": a German headline label of one common noun (or a compound of known words) that can speak
 * by no form of it names the item's genre or format, not who speaks. A speaker has a person noun's form ("Ministerin",
 * "Experte": {@link PersonNouns}), a role, a noun of a body, outlet or organisation ("Gericht", "Zeitung",
 * "Gewerkschaft"), or is a name the dictionary or the article knows ("Haller").
 */
final class GenreLabel {
    private final Extraction doc;
    private final TextModel model;
    private final Morphology morph;
    private final Lexicons lex;
    private final EntityMemory memory;
    private final PersonNouns persons;

    GenreLabel(Extraction doc, TextModel model, Morphology morph, Lexicons lex, EntityMemory memory) {
        this.doc = doc;
        this.model = model;
        this.morph = morph;
        this.lex = lex;
        this.memory = memory;
        this.persons = new PersonNouns(morph);
    }

    /** Whether the colon at token {@code colon} closes a genre label that opens the title sentence {@code s}. */
    boolean before(TextModel.Sentence s, int colon) {
        if (colon != s.firstToken() + 1 || !doc.read.inTitle(model.token(colon).begin())) return false;
        Token t = model.token(s.firstToken());
        if (!t.word() || !t.capitalised() || t.acronym()) return false;
        String w = t.text();
        String lower = t.lower();
        Morphology.Analysis a = morph.german(w);
        boolean commonNoun = a.has(Morphology.NOUN) && !a.has(Morphology.PROPER) || !a.has(Morphology.KNOWN) && GermanDictionary.isUnknownCompoundNoun(w);
        if (!commonNoun || GermanDictionary.isSurname(w) || GermanDictionary.isFirstName(w)) return false;
        if (persons.person(w) || lex.roleSuffix(lower) != null || NounPhrases.speakerNoun(lower) || lex.mediaNouns.contains(lower)
                || HeadlineLabels.organisationNoun(lower)) return false;
        return memory.byNameOrSurname(w) == null && memory.organisation(w) == null;
    }
}
