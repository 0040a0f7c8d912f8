package org.storywire.extract;

import static org.storywire.extract.SpeakerFinder.AUXILIARIES;
import static org.storywire.extract.SpeakerFinder.NOMINATIVE_PRONOUNS_DE;

import org.storywire.analyse.GermanDictionary;

/**
 * German word-order tests for the subject of a cue: the noun phrase filling the Vorfeld before the finite verb (or a
 * fronted object, its subject behind the verb), a pronoun that is only nominative behind the verb, a phrase that is a
 * preposition's object, a genitive or prepositional attribute between a subject and its verb, a clause-final cue.
 */
final class GermanSubjects extends ExtractionStep {
    /** Words between a preposition and the noun of its object: an article and adjectives. */
    private static final int MAX_PREMODIFIERS = 3;

    private final VorfeldSubject vorfeld;

    GermanSubjects(Extraction x, VorfeldSubject vorfeld) {
        super(x);
        this.vorfeld = vorfeld;
    }

    /**
     * German V2 ("Die Tat bezeichnete er als sinnlos", "Der Bericht nennt zudem Probleme"): a noun phrase opening
     * the sentence right before the finite verb (the cue or its auxiliary) is the subject, unless a pronoun that is
     * only nominative stands right behind the verb: then the opening phrase is a fronted object. A report or a study
     * in that place is the source the quotation corpora annotate, not the object behind the verb. Null when the
     * sentence has no such shape, so the nearest phrase decides.
     */
    NounPhrase v2Subject(TextModel.Sentence s, int cue, Draft d) {
        NounPhrase opening = v2Opening(s, cue, d);
        // "Die Berichte wies der Geschäftsführer zurück": a plural before a singular verb is its object; verb-second order finds the subject
        if (opening == null || opening.end() < s.endToken() && vorfeld.pluralBeforeSingularVerb(opening, opening.end())) return null;
        int behind = pronounBehind(opening, s);
        if (behind >= 0) return new NounPhrase(behind, behind + 1, true, false);
        NounPhrase person = personBehind(opening, s);
        if (person != null) return person;
        return !nps.agentive(opening) && nps.mayBeNominative(opening) && lex.isReportNoun(model.token(opening.end() - 1).lower()) ? opening : null;
    }

    /**
     * "Die Niederlage nannte Flensburgs Trainer einen Rückschlag": the Vorfeld holds a thing ("Niederlage" is a common
     * noun that names no person or body), and right behind the finite verb stands a phrase naming a person (a role noun,
     * a name) that may be nominative: that one is the subject, the opening phrase a fronted object. Null otherwise.
     */
    private NounPhrase personBehind(NounPhrase opening, TextModel.Sentence s) {
        if (!vorfeld.namesAThing(model.token(opening.end() - 1))) return null;
        int finite = finiteBehind(opening, s);
        // "Eine Zinssenkung schloss sie nicht aus": a thing rules nothing out, so "sie" behind the verb, nominative or
        // accusative by its form, is the subject here
        if (finite + 1 < s.endToken() && !model.token(finite + 1).quoted() && model.token(finite + 1).is(SHE_OR_THEY)) return new NounPhrase(finite + 1, finite + 2, true, false);
        NounPhrase behind = nps.at(finite + 1, s.endToken(), s.firstToken());
        if (behind == null || behind.pronoun() || !nps.agentive(behind) || !nps.mayBeNominative(behind)) return null;
        return namesAPerson(behind) ? behind : null;
    }

    /** "sie": she or they, a subject or an object by its form alone. */
    private static final String SHE_OR_THEY = "sie";
    /** "Eine Zinssenkung im Frühjahr": words of a prepositional attribute between a fronted phrase and its verb. */
    private static final int MAX_ATTRIBUTE_WORDS = 4;

    /** The finite verb behind the opening phrase: right behind it, or behind a short prepositional attribute of its noun. */
    private int finiteBehind(NounPhrase opening, TextModel.Sentence s) {
        int attribute = attributeEnd(opening, s);
        return attribute >= 0 ? attribute : opening.end();
    }

    /**
     * "Eine Zinssenkung im Frühjahr schloss sie nicht aus": a preposition right behind the opening noun and a few
     * words up to a capitalised noun, then a finite verb in lower case; the verb's index, or -1.
     */
    private int attributeEnd(NounPhrase opening, TextModel.Sentence s) {
        int k = opening.end();
        if (k >= s.endToken() || !NounPhrases.PREPOSITIONS.contains(model.token(k).lower()) || model.token(k).quoted()) return -1;
        for (int j = k + 1; j < s.endToken() && j - k <= MAX_ATTRIBUTE_WORDS; j++) {
            Token t = model.token(j);
            if (!t.word() || t.quoted()) return -1;
            if (t.capitalised()) continue;
            return model.token(j - 1).capitalised() && j - 1 > k && morph.german(t.text()).finite() ? j : -1;
        }
        return -1;
    }

    /** "Flensburgs Trainer", "Kapitän Jonas Berg", "Anna Lorenz": a phrase with a role noun or a person's name. */
    boolean namesAPerson(NounPhrase np) {
        for (int k = np.first(); k < np.end(); k++) {
            Token t = model.token(k);
            if (!t.word() || !t.capitalised()) continue;
            if (lex.roleSuffix(t.lower()) != null || NounPhrases.isFirstName(t, false) || GermanDictionary.isSurname(t.text())) return true;
            EntityMemory.Entity e = memory.byNameOrSurname(t.text());
            if (e != null && e.kind == SpeakerKind.PERSON) return true;
        }
        return false;
    }

    /**
     * "Überschwemmungen haben mehr als 100 Todesopfer gefordert", "Die Entwicklung belastet die Branche": the subject
     * opening the clause before the cue is a common noun that names no one (an abstract noun, a quantity), so the
     * verb reports no speech.
     */
    boolean inanimateSubject(TextModel.Sentence s, int cue, Draft d) {
        NounPhrase opening = v2Opening(s, cue, d);
        if (opening == null || pronounBehind(opening, s) >= 0 || personBehind(opening, s) != null) return false;
        // "Die Entscheidung kritisierte der Verbandschef": a fronted object, its subject behind the verb
        NounPhrase behind = nps.at(finiteBehind(opening, s) + 1, s.endToken(), s.firstToken());
        if (behind != null && nps.agentive(behind) && nps.mayBeNominative(behind)) return false;
        Morphology.Analysis head = morph.german(model.token(opening.end() - 1).text());
        return head.has(Morphology.NOUN) && !head.has(Morphology.PROPER) && !nps.agentive(opening) && nps.mayBeNominative(opening)
                && !lex.isReportNoun(model.token(opening.end() - 1).lower());
    }

    /** The noun phrase filling the Vorfeld right before the finite cue or its auxiliary; null if another shape, or an adverb ("Bisher"). */
    private NounPhrase v2Opening(TextModel.Sentence s, int cue, Draft d) {
        int f = s.firstToken();
        NounPhrase opening = nps.at(f, cue, f);
        if (opening == null || opening.pronoun() || opening.end() >= s.endToken()) return null;
        int finite = opening.end();
        // "Eine Zinssenkung im Frühjahr schloss sie nicht aus": a thing named with a prepositional attribute, then the verb
        int attribute = attributeEnd(opening, s);
        if (attribute == cue && vorfeld.namesAThing(model.token(opening.end() - 1))) finite = cue;
        boolean auxiliary = finite < cue && AUXILIARIES.contains(model.token(finite).lower()) && clauseFinal(cue, d, s);
        if (finite != cue && !auxiliary) return null;
        // "Die Meldung sei erfunden, teilte das Amt mit": the "sei" of the said part before a comma is no auxiliary of the cue
        for (int k = finite + 1; k < cue; k++) if (isClauseBoundary(model.token(k))) return null;
        Morphology.Analysis head = morph.german(model.token(finite - 1).text());
        return head.has(Morphology.KNOWN) && !head.has(Morphology.NOUN) && !head.has(Morphology.PROPER) ? null : opening;
    }

    /**
     * "Auf Nachfrage musste er betonen, ...", "Einer Anfechtung räumte er keine Chance ein": "er", "ich", "wir" are only
     * nominative, so one right behind the cue, or behind the auxiliary of a clause-final cue, is its subject, whatever
     * fills the place before the verb. Null otherwise.
     */
    NounPhrase pronounBehindFinite(TextModel.Sentence s, int cue, Draft d) {
        int finite = cue;
        if (clauseFinal(cue, d, s)) {
            for (int k = cue - 1; k > s.firstToken() && cue - k <= SUBJECT_WINDOW; k--) {
                Token x = model.token(k);
                if (isClauseBoundary(x)) break;
                if (x.word() && AUXILIARIES.contains(x.lower())) { finite = k; break; }
            }
        }
        int k = finite + 1;
        return k != cue && nominativePronounAt(k, s) ? new NounPhrase(k, k + 1, true, false) : null;
    }

    /** The index of a pronoun that is only nominative right behind the finite verb after the opening phrase, or -1. */
    private int pronounBehind(NounPhrase opening, TextModel.Sentence s) {
        int k = finiteBehind(opening, s) + 1;
        return nominativePronounAt(k, s) ? k : -1;
    }

    /** "er", "ich", "wir" at token k of the sentence, outside quotation marks: a pronoun that can only be a subject. */
    private boolean nominativePronounAt(int k, TextModel.Sentence s) {
        return k < s.endToken() && !model.token(k).quoted() && NOMINATIVE_PRONOUNS_DE.contains(model.token(k).lower());
    }

    /**
     * "sprach von einem offenen Prozess", "warnte vor Panik": a German phrase behind a preposition (over its article and
     * adjectives) is the preposition's object, never a subject.
     */
    boolean afterPreposition(NounPhrase np, int f) {
        int k = np.first() - 1;
        while (k >= f && np.first() - k <= MAX_PREMODIFIERS && model.token(k).word() && !model.token(k).quoted() && !model.token(k).capitalised()
                && !NounPhrases.PREPOSITIONS.contains(model.token(k).lower())) k--;
        // "vor Panik", "von einem offenen Prozess", "vor neuen Schulden": the object opens on its noun, an article or adjectives
        // ("Seit langem werfen Kritiker" does not: a verb stands between)
        // "denen unter anderem Präsident X vorwirft": "unter anderem" ("among other things") is an adverb, its pronoun closes it
        if (k >= f && k + 1 < np.first() && model.token(k).is("unter") && model.token(k + 1).is("anderem")) return false;
        return k >= f && model.token(k).word() && !model.token(k).quoted() && NounPhrases.PREPOSITIONS.contains(model.token(k).lower())
                && (k + 1 == np.first() || ANY_ARTICLE.contains(model.token(k + 1).lower()) || adjectivesOnly(k + 1, np.first()));
    }

    /** "am gestrigen Montag", "vor neuen Schulden": only words the dictionary reads as adjectives, no finite verb, from {@code from} to the head. */
    private boolean adjectivesOnly(int from, int head) {
        for (int j = from; j < head; j++) {
            Morphology.Analysis a = morph.german(model.token(j).lower());
            if (!a.has(Morphology.ADJECTIVE) || a.finite()) return false;
        }
        return true;
    }

    /** "der Runde", "des Vereins SV X": an article in the genitive and capitalised words, running up to {@code end}. */
    boolean genitiveUpTo(int from, int end) {
        // "Der Verband kommunaler Arbeitgeber wies ... zurück": a genitive plural has no article, its adjective ends in -er
        boolean articleless = from + 1 < end && model.token(from).word() && !model.token(from).capitalised() && !model.token(from).quoted()
                && model.token(from).lower().endsWith("er") && model.token(from).lower().length() > 4 && model.token(from + 1).capitalised();
        if (!(model.token(from).is("der") || model.token(from).is("des") || articleless)) return false;
        int k = from + 1;
        while (k < end && model.token(k).word() && !model.token(k).quoted() && (model.token(k).capitalised() || !AUXILIARIES.contains(model.token(k).lower()) && k - from <= 2 && !model.token(k).capitalised() && isLowerAdjective(model.token(k).lower()))) k++;
        return k == end || k < end && AUXILIARIES.contains(model.token(k).lower()) && k + 1 <= end;
    }

    /** "Die Regierung in Velgrad hat", "Der Chef von Kerbach sagte": a prepositional attribute between the subject and its verb. */
    boolean attributeUpTo(int from, int end) {
        if (!lex.placePrepositionsDe.contains(model.token(from).lower())) return false;
        int k = from + 1;
        while (k < end && k - from <= 4 && model.token(k).word() && !model.token(k).quoted() && !AUXILIARIES.contains(model.token(k).lower())) k++;
        return k == end || k < end && AUXILIARIES.contains(model.token(k).lower());
    }

    /** German V2: the field before the finite auxiliary is a noun phrase (with its attribute) that opens the sentence, its subject. */
    boolean nominalVorfeld(TextModel.Sentence s, int aux) {
        int f = s.firstToken();
        if (aux <= f) return false;
        for (NounPhrase np : nps.subjects(f, aux, f)) {
            return np.first() == f && nps.agentive(np) && (np.end() == aux || genitiveUpTo(np.end(), aux) || attributeUpTo(np.end(), aux));
        }
        return false;
    }

    static boolean isLowerAdjective(String w) {
        return w.endsWith("en") || w.endsWith("er") || w.endsWith("e");
    }

    boolean clauseFinal(int cue, Draft d, TextModel.Sentence s) {
        int next = Math.max(cue, d.particleToken) + 1;
        return next >= s.endToken() || !model.token(next).word();
    }
}
