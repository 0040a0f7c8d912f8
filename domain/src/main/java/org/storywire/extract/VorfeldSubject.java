package org.storywire.extract;

import org.storywire.analyse.GermanDictionary;

/**
 * German verb-second order: the finite verb of a main clause stands second, after one field (the Vorfeld). When that
 * field is a noun phrase that may be nominative (with its attribute, and appositions or relative clauses set off by
 * commas behind it), it is the subject: "Die Menge skandierte Parolen wie „...“", "Jonas Kern, der Leiter der
 * Behörde, hatte Lenz aufgefordert, ...". When it is an adverbial ("Im selben Brief", "Dabei") or a fronted
 * object, the subject stands right behind the verb: "Zum Hintergrund führt der Bericht aus, ...". Either is the
 * speaker of the clause, not an object or attribute standing nearer to the cue or the quotation.
 */
final class VorfeldSubject extends ExtractionStep {
    /** An apposition or a relative clause set off by commas runs at most this many tokens. */
    private static final int MAX_SET_OFF = 25;
    /** An attribute between the phrase and its verb ("im Landtag von Velgrad") runs at most this many tokens. */
    private static final int MAX_ATTRIBUTE = 6;
    /** The Vorfeld holds one phrase; words outside stretches set off by commas, at most this many. */
    private static final int MAX_VORFELD = 15;
    /** Words between a preposition and the noun of its object: an article and adjectives. */
    private static final int MAX_PREMODIFIERS = 3;

    VorfeldSubject(Extraction x) {
        super(x);
    }

    /**
     * The subject of the main clause whose finite verb is the cue, or whose finite auxiliary stands before the cue
     * with no clause boundary between ("hatte ... aufgefordert"); null when the sentence has another shape.
     */
    NounPhrase ofCue(TextModel.Sentence s, int cue) {
        int verb = mainVerb(s, cue + 1);
        if (verb < 0) return null;
        for (int k = verb + 1; k < cue; k++) if (isClauseBoundary(model.token(k)) || CLAUSE_OPENERS.contains(model.token(k).lower())) return null;
        NounPhrase subject = subject(s, verb);
        return subject == null || subject.first() <= cue && cue < subject.end() ? null : subject;
    }

    /**
     * The subject of the main clause holding the quotation at token {@code quote}; null when the sentence has
     * another shape, its verb is a Konjunktiv (the clause is itself reported: "Sie sei „geschockt“, sagte ..."), or
     * another clause with a subject of its own opens between the verb and the quotation (", Anna Lorenz nannte ...").
     */
    NounPhrase ofQuotation(TextModel.Sentence s, int quote) {
        int verb = mainVerb(s, quote);
        if (verb < 0 || !indicative(verb) || newClauseBetween(verb + 1, quote)) return null;
        NounPhrase subject = subject(s, verb);
        return subject == null || subject.end() > quote ? null : subject;
    }

    /**
     * The subject of the sentence's main clause by its order, whatever its verb ("Der Kämmerer der Stadt, Peter Ohm,
     * hat ... gewarnt" gives the name, "Vor Gericht hat der Angeklagte ..." the phrase behind the verb); null when the
     * sentence has another shape.
     */
    NounPhrase ofSentence(TextModel.Sentence s) {
        int verb = mainVerb(s, s.endToken());
        return verb < 0 ? null : subject(s, verb);
    }

    /**
     * The opening phrase when it fills the Vorfeld and may be nominative; the phrase right behind the verb when the
     * Vorfeld is an adverbial or a fronted object ("Den Plan lehnte die Opposition ab"); null if neither may be the subject.
     */
    private NounPhrase subject(TextModel.Sentence s, int verb) {
        int f = s.firstToken();
        NounPhrase opening = nps.at(f, verb, f);
        NounPhrase behind = nps.at(verb + 1, s.endToken(), verb + 1);
        boolean nominal = opening != null && nominal(opening) && setOffEnd(attributeEnd(opening.end(), verb), verb) == verb;
        if (!nominal && prepositionalVorfeld(s, verb)) return behindVerb(behind) != null ? behindVerb(behind) : reportBehindVerb(behind);
        if (!nominal) return subjectIn(f, verb) ? null : behindVerb(behind);
        if (nominativeOnly(behind) || oblique(opening) || pluralBeforeSingularVerb(opening, verb) && behindVerb(behind) != null) return behindVerb(behind);
        // "Die Klauseln hat das Gericht verworfen": a thing before the verb, a phrase behind it; form does not tell the subject
        if (!mayBeSubject(opening) || namesAThing(model.token(opening.end() - 1)) && behindVerb(behind) != null) return null;
        return commonNoun(model.token(opening.end() - 1)) ? apposedName(attributeEnd(opening.end(), verb), verb, opening) : opening;
    }

    /**
     * "Die Vorwürfe wies der Geschäftsführer zurück": a common noun that is plural in the nominative before a verb of the
     * third person singular does not agree with it, so it is a fronted object and the subject stands behind the verb.
     */
    boolean pluralBeforeSingularVerb(NounPhrase opening, int verb) {
        if (opening.pronoun()) return false;
        Morphology.Analysis head = morph.german(model.token(opening.end() - 1).text());
        Morphology.Analysis finite = morph.german(model.token(verb).lower());
        return head.has(Morphology.NOMINATIVE_PLURAL) && !head.has(Morphology.NOMINATIVE_SINGULAR) && !head.has(Morphology.PROPER)
                && finite.has(Morphology.THIRD_SINGULAR) && !finite.has(Morphology.PLURAL_VERB);
    }

    private boolean commonNoun(Token head) {
        Morphology.Analysis a = morph.german(head.text());
        return a.has(Morphology.NOUN) && !a.has(Morphology.PROPER);
    }

    /** "Ein Sprecher der Feuerwehr, Lars Kemmer, sagte": the name set off right behind a role is whom it names. */
    private NounPhrase apposedName(int comma, int verb, NounPhrase opening) {
        if (comma >= verb || !model.token(comma).isPunct(',')) return opening;
        NounPhrase name = nps.at(comma + 1, verb, comma + 1);
        return name != null && name.named() && !name.pronoun() && model.token(name.end()).isPunct(',') ? name : opening;
    }

    /** "Auch die Ministerin äußerte": a phrase inside an adverbial Vorfeld that may be its subject, not behind a preposition. */
    private boolean subjectIn(int from, int verb) {
        for (NounPhrase np : nps.subjects(from, verb, from)) {
            if (mayBeSubject(np) && !afterPreposition(np, from)) return true;
        }
        return false;
    }

    private boolean afterPreposition(NounPhrase np, int from) {
        for (int k = np.first() - 1; k >= from && np.first() - k <= MAX_PREMODIFIERS + 1; k--) {
            Token t = model.token(k);
            if (NounPhrases.PREPOSITIONS.contains(t.lower())) return true;
            if (!t.word() || t.capitalised() && k > from) return false;
        }
        return false;
    }

    /**
     * "Zum Hintergrund der linken Gewalt führt der Bericht aus": a Vorfeld opened by a preposition is that one phrase,
     * so a noun inside it, an attribute of the preposition's object, is none of the clause's subjects.
     */
    boolean insidePrepositionalVorfeld(NounPhrase np, TextModel.Sentence s) {
        if (np.first() <= s.firstToken()) return false;
        int verb = mainVerb(s, s.endToken());
        return verb > np.first() && np.end() <= verb && prepositionalVorfeld(s, np.end());
    }

    /**
     * The sentence opens with a preposition and no comma comes before {@code upTo}: a stretch set off by commas may be a
     * parenthesis with a subject of its own (", so schätzen die Forscher,"), which this leaves alone.
     */
    private boolean prepositionalVorfeld(TextModel.Sentence s, int upTo) {
        Token first = model.token(s.firstToken());
        if (!first.word() || first.quoted() || !NounPhrases.PREPOSITIONS.contains(first.lower())) return false;
        for (int k = s.firstToken(); k < upTo; k++) if (isClauseBoundary(model.token(k))) return false;
        return !extendedAttribute(s.firstToken() + 1, upTo);
    }

    /**
     * "Im Exil lebende Uiguren weisen ... zurück": behind the preposition's noun an adjective or participle and a noun,
     * so the preposition opens an attribute of that noun, which is the Vorfeld's phrase.
     */
    private boolean extendedAttribute(int from, int upTo) {
        int noun = from;
        while (noun < upTo && !(model.token(noun).word() && model.token(noun).capitalised())) noun++;
        int k = noun + 1;
        if (k + 1 >= upTo) return false;
        Token attribute = model.token(k);
        if (!attribute.word() || attribute.capitalised() || ANY_ARTICLE.contains(attribute.lower())) return false;
        Morphology.Analysis a = morph.german(attribute.lower());
        return (a.has(Morphology.ADJECTIVE) || a.has(Morphology.PARTICIPLE) || a.has(Morphology.PRESENT_PARTICIPLE)) && model.token(k + 1).capitalised();
    }

    /** "Zum Hintergrund führt der Bericht aus": a report or study behind the verb is the source the quotation corpora annotate. */
    private NounPhrase reportBehindVerb(NounPhrase np) {
        return np != null && !np.pronoun() && lex.isReportNoun(model.token(np.end() - 1).lower()) && nps.mayBeNominative(np) && !oblique(np) ? np : null;
    }

    /** A common noun the dictionary knows, no name, and no word for a person, a body or a source ("Niederlage", "Sieg"). */
    boolean namesAThing(Token head) {
        Morphology.Analysis a = morph.german(head.text());
        String w = head.lower();
        // "Zinssenkung": a compound of known words the dictionary does not list, with an abstract noun's ending, is a common
        // noun too ("Feldhaus" splits into words as well, but names a person)
        boolean noun = a.has(Morphology.NOUN) || !a.has(Morphology.KNOWN) && abstractEnding(w) && GermanDictionary.isUnknownCompoundNoun(head.text());
        if (!noun || a.has(Morphology.PROPER)) return false;
        // "Der Gemeinderat hält sie für unvermeidlich": a council, an institution or an organisation acts as a body
        if (HeadlineCues.decidingBody(w) || InstitutionLabel.institution(w) || HeadlineLabels.organisationNoun(w)) return false;
        return lex.roleSuffix(w) == null && !lex.anonymous.contains(w) && memory.organisation(head.text()) == null
                && !lex.isReportNoun(w) && !lex.isAgentNoun(w) && !NounPhrases.speakerNoun(w);
    }

    private static final java.util.List<String> ABSTRACT_ENDINGS = org.storywire.clean.Lexicon.wordList("abstract-endings-de.txt");

    private static boolean abstractEnding(String lower) {
        for (String ending : ABSTRACT_ENDINGS) if (lower.endsWith(ending)) return true;
        return false;
    }

    /** A phrase headed by a noun or a name, or a pronoun: "Dabei", "Bisher" are adverbs, "Gegenüber den Medien" a preposition's phrase. */
    private boolean nominal(NounPhrase np) {
        if (NounPhrases.PREPOSITIONS.contains(model.token(np.first()).lower())) return false;
        if (np.pronoun() || nps.agentive(np)) return true;
        Morphology.Analysis head = morph.german(model.token(np.end() - 1).text());
        return head.has(Morphology.NOUN) || head.has(Morphology.PROPER);
    }

    private boolean oblique(NounPhrase np) {
        return NounPhrases.OBLIQUE_ARTICLES.contains(model.token(np.first()).lower());
    }

    /**
     * "er", "ich", "der Verbandschef": a phrase behind the verb that can only be nominative (a pronoun, or "der" before
     * a noun the dictionary knows only as masculine nominative singular) makes the Vorfeld a fronted object.
     */
    private boolean nominativeOnly(NounPhrase np) {
        if (np == null) return false;
        String first = model.token(np.first()).lower();
        if (np.pronoun()) return SpeakerFinder.NOMINATIVE_PRONOUNS_DE.contains(first);
        if (!first.equals("der") || np.end() - np.first() != 2) return false;
        Morphology.Analysis head = morph.german(model.token(np.end() - 1).text());
        return head.has(Morphology.NOUN) && head.has(Morphology.NOMINATIVE_MASCULINE) && !head.has(Morphology.PROPER);
    }

    /** "sie", "es" behind the verb may be accusative ("Zuletzt hatte sie der Minister gewarnt"): only "er", "ich", "wir" tell. */
    private NounPhrase behindVerb(NounPhrase np) {
        if (np == null || np.pronoun() && !SpeakerFinder.NOMINATIVE_PRONOUNS_DE.contains(model.token(np.first()).lower())) return null;
        return mayBeSubject(np) ? np : null;
    }

    private boolean mayBeSubject(NounPhrase np) {
        return nps.agentive(np) && nps.mayBeNominative(np) && !oblique(np);
    }

    /**
     * The finite verb in second place: the first one from the sentence's start, over stretches set off by commas
     * and within a Vorfeld's length; -1 when the sentence opens with a subordinate clause ("Als ..., sagte") or a
     * quotation, or no such verb comes before {@code limit}.
     */
    private int mainVerb(TextModel.Sentence s, int limit) {
        int f = s.firstToken();
        if (f >= limit || model.token(f).quoted() || isQuoteMark(model.token(f)) || RunOnSpeech.SUBORDINATORS.contains(model.token(f).lower())) return -1;
        int words = 0;
        for (int k = f + 1; k < limit && words < MAX_VORFELD; k++) {
            Token t = model.token(k);
            if (t.isPunct(',')) {
                k = setOffEnd(k, limit) - 1;
                if (k < 0) return -1;
                continue;
            }
            if (t.isPunct(':') || t.isPunct(';')) return -1;
            if (finiteVerbAt(k, model.tokens.size())) return k;
            words++;
        }
        return -1;
    }

    /** Behind the phrase, an attribute of articles, prepositions, names and adjectives ("des Vereins", "im Landtag"). */
    private int attributeEnd(int k, int limit) {
        int start = k;
        while (k < limit && k - start < MAX_ATTRIBUTE && attributeWord(model.token(k))) k++;
        return k < limit && model.token(k).isPunct(',') || k == limit ? k : start;
    }

    private boolean attributeWord(Token t) {
        if (!t.word() || t.quoted()) return false;
        if (t.capitalised()) return true;
        String w = t.lower();
        if (ANY_ARTICLE.contains(w) || NounPhrases.PREPOSITIONS.contains(w) || NounPhrases.OBLIQUE_ARTICLES.contains(w)) return true;
        Morphology.Analysis a = morph.german(w);
        return a.has(Morphology.ADJECTIVE) && !a.has(Morphology.VERB);
    }

    /** Over stretches set off by commas (", der Leiter der Behörde,"), the token after the last one; -1 if one stays open. */
    private int setOffEnd(int k, int limit) {
        while (k >= 0 && k < limit && model.token(k).isPunct(',')) {
            int close = k + 1;
            while (close < limit && close - k <= MAX_SET_OFF && !model.token(close).isPunct(',')) {
                Token t = model.token(close);
                if (isQuoteMark(t) || t.isPunct(':') || t.isPunct(';')) return -1;
                close++;
            }
            if (close >= limit || !model.token(close).isPunct(',') || close == k + 1) return -1;
            k = close + 1;
        }
        return k;
    }

    /**
     * A comma or conjunction, then words and a finite verb: a clause with its own subject ("und der Sprecher rief",
     * ", Anna Lorenz nannte"); a verb right behind the conjunction shares the opening subject ("und skandierten").
     */
    private boolean newClauseBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = model.token(k);
            if (t.quoted() || !(t.isPunct(',') || t.isPunct(';') || CLAUSE_OPENERS.contains(t.lower()))) continue;
            int next = k + 1;
            if (next < to && CLAUSE_OPENERS.contains(model.token(next).lower())) next++;
            for (int j = next + 1; j < to && !isClauseBoundary(model.token(j)); j++) if (finiteVerbAt(j, model.tokens.size())) return true;
        }
        return false;
    }

    private boolean indicative(int k) {
        String w = model.token(k).lower();
        return morph.german(w).has(Morphology.INDICATIVE) && !morph.distinctiveKonjunktivI(w);
    }
}
