package org.storywire.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.storywire.analyse.GermanDictionary;
import org.storywire.clean.Lexicon;

/**
 * Speakers: the subject of a cue (the nearest agentive noun phrase of its clause, by word order, with the shapes of
 * {@link EnglishSubjects} first), the source of a report marker, and their resolution to a person, organisation or
 * medium ({@link SpeakerResolver}).
 */
final class SpeakerFinder extends ExtractionStep {
    static final Set<String> AUXILIARIES = Lexicon.words("auxiliaries.txt");

    /** Whether a phrase names someone the article knows, by token range: asked for many cues of a sentence. */
    private final Map<Long, Boolean> knownPhrases = new HashMap<>();

    private static final Set<String> DATIVE_GENITIVE_ARTICLES_DE = Lexicon.words("dative-genitive-articles-de.txt");
    static final Set<String> NOMINATIVE_PRONOUNS_DE = Lexicon.words("nominative-pronouns-de.txt");

    private final EnglishSubjects englishSubjects;
    private final VorfeldSubject vorfeld;
    private final SubordinateSubject subordinate;
    private final QuantitySubject quantities;
    private final SpeakerResolver resolver;

    SpeakerFinder(Extraction x) {
        super(x);
        this.englishSubjects = new EnglishSubjects(x);
        this.vorfeld = new VorfeldSubject(x);
        this.subordinate = new SubordinateSubject(x);
        this.quantities = new QuantitySubject(model);
        this.resolver = new SpeakerResolver(x);
    }

    NounPhrase nounPhraseAfter(int i, int e) {
        if (i >= e) return null;
        // laut „Tagesblitz“: a quoted name is the source
        if (isQuoteMark(model.token(i)) && i + 1 < e && model.token(i + 1).capitalised()) {
            int k = i + 1;
            while (k < e && k - i <= 5 && model.token(k).word() && model.token(k).capitalised()) k++;
            if (k < e && isQuoteMark(model.token(k))) return new NounPhrase(i + 1, k, false, true);
        }
        int start = i;
        // "laut der ..." / "according to the ...": the article is part of the phrase here
        // "laut dem Bericht", "nach Angaben des Ministeriums": here any article opens the phrase
        if (ANY_ARTICLE.contains(model.token(start).lower()) && start + 1 < e) {
            int k = start + 1;
            // "so der 34-Jährige": an age noun is in lower case yet heads the phrase, no adjective before it
            while (k < e && k - start <= 4 && model.token(k).word() && !model.token(k).capitalised() && !model.token(k).quoted()
                    && !NounPhrases.ageNoun(model.token(k))) k++;
            if (k + 1 < e && isQuoteMark(model.token(k))) k++;
            NounPhrase inner = k < e ? nps.at(k, e, k) : null;
            return inner == null || inner.pronoun() ? null : new NounPhrase(start, inner.end(), false, inner.named());
        }
        return nps.at(start, e, start);
    }

    /** The Vorfeld holds one phrase, and a source phrase has no more words than this. */
    private static final int MAX_VORFELD_TOKENS = 12;
    /** Words between a preposition and the noun of its object: an article and adjectives. */
    private static final int MAX_PREMODIFIERS = 3;

    /**
     * "Laut einer am Montag verbreiteten Mitteilung des Verbands wurden ...": a report marker that opens a German
     * main clause fills its Vorfeld, so its source runs from {@code from} up to the finite verb in second place,
     * whatever words it is made of ("örtlichen Medien", "WHO", "diesem Entwurf"). Null when no finite verb follows
     * within a phrase's length.
     */
    NounPhrase vorfeldSource(int from, int e) {
        int start = from < e && isQuoteMark(model.token(from)) ? from + 1 : from;
        for (int k = start + 1; k < e && k - start <= MAX_VORFELD_TOKENS; k++) {
            // "Laut Bericht: Ministerin plant ...": a colon closes the source before any verb; no phrase spans it
            if (model.token(k).isPunct(':')) return null;
            if (finiteVerb(k, e)) return new NounPhrase(start, phraseEnd(start, k), false, true);
        }
        return null;
    }

    /**
     * "Dem Sender al-Dschasira zufolge wird ...", "Ihnen zufolge hat ...": a report marker closing the Vorfeld of a
     * German main clause, whose source is then all the words before it, whatever they are. Null unless the marker at
     * {@code marker} is followed by the finite verb and preceded by at most a phrase's length of words.
     */
    NounPhrase vorfeldBefore(int f, int marker, int e) {
        if (marker <= f || marker - f > MAX_VORFELD_TOKENS || marker + 1 >= e || !finiteVerb(marker + 1, e)) return null;
        for (int k = f; k < marker; k++) {
            Token t = model.token(k);
            if (t.isPunct(',') || t.isPunct(':') || t.isPunct(';') || t.isPunct('(')) return null;
        }
        int start = isQuoteMark(model.token(f)) ? f + 1 : f;
        return start < marker ? new NounPhrase(start, phraseEnd(start, marker), false, true) : null;
    }

    /** A finite verb form ({@link #finiteVerbAt}) that no article stands before. */
    private boolean finiteVerb(int k, int e) {
        return finiteVerbAt(k, e) && !ANY_ARTICLE.contains(model.token(k - 1).lower());
    }

    /** The phrase's end without the closing quotation mark of a quoted name („tagesschau.de“) or an apposition's comma. */
    private int phraseEnd(int from, int end) {
        while (end - 1 > from && !model.token(end - 1).word()) end--;
        return end;
    }

    NounPhrase nounPhraseBefore(int i, int f) {
        for (int k = i - 1; k >= Math.max(f, i - 8); k--) {
            NounPhrase np = nps.at(k, i, k);
            if (np != null && np.end() == i) {
                if (k > f && DATIVE_GENITIVE_ARTICLES_DE.contains(model.token(k - 1).lower())) return new NounPhrase(k - 1, i, false, np.named());
                return np;
            }
        }
        return null;
    }

    NounPhrase sentenceSubject(TextModel.Sentence s, int before) {
        for (NounPhrase np : nps.subjects(s.firstToken(), before, s.firstToken())) return np;
        return null;
    }

    /** The subject of the sentence's main clause: its first agentive noun phrase before the cue that names someone or is a pronoun. */
    NounPhrase mainSubject(TextModel.Sentence s, int cue) {
        for (NounPhrase np : nps.subjects(s.firstToken(), cue, s.firstToken())) {
            if (!nps.agentive(np)) continue;
            return np.named() || np.pronoun() || known(np) ? np : null;
        }
        return null;
    }

    /** "the ferry captain claims": a chunk that read the verb as its plural head ends before the verb. */
    private static NounPhrase beforeVerb(NounPhrase np, int cue) {
        return np.end() == cue + 1 && np.first() < cue && !np.pronoun() ? new NounPhrase(np.first(), cue, false, np.named()) : np;
    }

    /** The subject of the cue: the nearest noun phrase in the same clause, preferring known people and organisations. */
    NounPhrase subjectOf(TextModel.Sentence s, int cue, Draft d) {
        NounPhrase agent = english ? englishSubjects.passiveAgent(s, cue) : null;
        if (agent == null && english) agent = englishSubjects.asClauseSubject(s, cue);
        if (agent == null && english) agent = englishSubjects.shareSubject(s, cue);
        if (agent == null && english) agent = quantities.before(s, cue);
        if (agent == null && english) agent = englishSubjects.groupSubject(s, cue);
        if (agent == null && english) agent = englishSubjects.bareNounSubject(s, cue);
        if (agent == null && english) agent = englishSubjects.invertedBareSubject(s, cue);
        if (agent != null) return agent;
        NounPhrase v2 = english ? null : subordinate.ofCue(s, cue);
        if (v2 == null && !english) v2 = v2Subject(s, cue, d);
        if (v2 == null && !english) v2 = pronounBehindFinite(s, cue, d);
        if (v2 == null && !english) v2 = coordinatedSubject(s, cue);
        if (v2 == null && !english) v2 = vorfeld.ofCue(s, cue);
        if (v2 != null) return apposition(v2, s);
        NounPhrase best = null;
        double bestScore = Double.MAX_VALUE;
        int from = Math.max(s.firstToken(), cue - SUBJECT_WINDOW);
        int to = Math.min(s.endToken(), cue + SUBJECT_WINDOW);
        int auxBefore = -1;
        boolean mayInvert = cue > s.firstToken() && (isQuoteMark(model.token(cue - 1)) || englishSubjects.invertsAfterComma(cue, s.firstToken())) && !d.subjectBeforeVerb;
        if (!english && clauseFinal(cue, d, s)) {
            for (int k = Math.max(s.firstToken(), cue - SUBJECT_WINDOW); k < cue; k++) {
                Token x = model.token(k);
                if (x.isPunct(',') && k + 1 < cue && CLAUSE_OPENERS.contains(model.token(k + 1).lower())) auxBefore = -1;
                if (!x.quoted() && x.word() && AUXILIARIES.contains(x.lower()) && k > s.firstToken()) auxBefore = k;
            }
        }
        for (NounPhrase chunk : nps.subjects(from, to, s.firstToken())) {
            NounPhrase np = english ? beforeVerb(chunk, cue) : chunk;
            int npBegin = model.token(np.first()).begin();
            if (!d.clauseContent && npBegin >= d.contentBegin && npBegin < d.contentEnd) continue;
            if (d.clauseContent && npBegin < d.contentBegin) continue;
            if (np.first() <= cue && cue < np.end()) continue;
            if (!nps.agentive(np) || !nps.mayBeNominative(np)) continue;
            boolean after = np.first() > cue;
            // English: behind the verb stands its object ("confirmed the meeting"), unless the verb is inverted (", said the mayor")
            // an English inverted subject stands right behind its verb and ends its clause ("…,” said Reed on Monday),
            // else it is the subject of what was said ("Trump, speaking in Ohio, said he would order a review")
            boolean invertedVerb = mayInvert && !(english && (np.first() > cue + 2 || clauseAfterObject(np, s.endToken())));
            if (english && after && !invertedVerb && !np.named() && !np.pronoun()) continue;
            if (d.particleToken >= np.first() && d.particleToken < np.end()) continue;
            if (!english && afterPreposition(np, s.firstToken())) continue;
            if (!english && vorfeld.insidePrepositionalVorfeld(np, s)) continue;
            // a subject before the auxiliary belongs to the auxiliary, however long the object before the participle
            double score = distance(np, auxBefore >= 0 && np.end() <= auxBefore ? auxBefore : cue);
            // V2 order: the phrase that opens the clause right before the verb (or its auxiliary) is its subject
            // "SV X hat Berichte über ... der Partei für Arbeit und Umwelt zurückgewiesen": behind the auxiliary stands the object
            boolean behindAux = auxBefore >= 0 && np.first() > auxBefore && np.end() == cue;
            if (behindAux) score += 4;
            else if ((np.end() == cue || np.end() < cue && AUXILIARIES.contains(model.token(np.end()).lower())) && opensClause(np, s)) score -= 10;
            // "Die Vorsitzende ..., Konstanze Rehfeld, hat ... zurückgewiesen": the name set off before the auxiliary
            else if (np.end() + 1 < cue && model.token(np.end()).isPunct(',') && AUXILIARIES.contains(model.token(np.end() + 1).lower())
                    && np.first() > s.firstToken() && model.token(np.first() - 1).isPunct(',')) score -= 9;
            // "Albrecht Kern, der Direktor der Behörde, bezeichnete ...", "Ada Voss, a physician from Marlow, accused ...": the phrase
            // opening the sentence, one apposition set off before the verb (the subject before its verb as if adjacent: the commas
            // and the apposition's words cost nothing); in English a name only, "The mayor, Tom Reed, said" is said by the name
            else if (np.first() == s.firstToken() && (!english || np.named()) && (setOffUpTo(np.end(), cue) || apposedBefore(np, cue, d))) score = -10;
            // "Ein Teilnehmer der Runde sagte": a genitive attribute between the subject and its verb
            else if (!english && np.end() + 1 < cue && opensClause(np, s) && (genitiveUpTo(np.end(), cue) || attributeUpTo(np.end(), cue))) score -= 9;
            // "Dabei hatte er ... gefordert": right behind the auxiliary, before a clause-final verb,
            // unless a noun phrase before the auxiliary is the subject ("Die Regierung hat Gespräche bestätigt")
            else if (np.first() > s.firstToken() && np.first() < cue && AUXILIARIES.contains(model.token(np.first() - 1).lower()) && clauseFinal(cue, d, s)
                    && (english || !nominalVorfeld(s, np.first() - 1))) score -= 8;
            if (np.pronoun()) score -= 0.5;
            if (english && after && !invertedVerb) score += 30;
            if (known(np)) score -= 2;
            if (np.first() > cue && model.token(np.first()).is("die")) score += 1; // often the object
            if (score < bestScore) { best = np; bestScore = score; }
        }
        if (best != null && english) best = englishSubjects.englishApposition(best, s, cue);
        return best == null ? null : apposition(best, s);
    }

    /**
     * German V2 ("Die Tat bezeichnete er als sinnlos", "Der Bericht nennt zudem Probleme"): a noun phrase opening
     * the sentence right before the finite verb (the cue or its auxiliary) is the subject, unless a pronoun that is
     * only nominative stands right behind the verb: then the opening phrase is a fronted object. A report or a study
     * in that place is the source the quotation corpora annotate, not the object behind the verb. Null when the
     * sentence has no such shape, so the nearest phrase decides.
     */
    private NounPhrase v2Subject(TextModel.Sentence s, int cue, Draft d) {
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
        NounPhrase behind = nps.at(opening.end() + 1, s.endToken(), s.firstToken());
        if (behind == null || behind.pronoun() || !nps.agentive(behind) || !nps.mayBeNominative(behind)) return null;
        return namesAPerson(behind) ? behind : null;
    }

    /** "Flensburgs Trainer", "Kapitän Jonas Berg", "Anna Lorenz": a phrase with a role noun or a person's name. */
    private boolean namesAPerson(NounPhrase np) {
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
        if (opening == null || pronounBehind(opening, s) >= 0) return false;
        // "Die Entscheidung kritisierte der Verbandschef": a fronted object, its subject behind the verb
        NounPhrase behind = nps.at(opening.end() + 1, s.endToken(), s.firstToken());
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
    private NounPhrase pronounBehindFinite(TextModel.Sentence s, int cue, Draft d) {
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

    /**
     * "Er akzeptierte die Niederlage und kommentierte ...", "Die Opposition wies die Pläne zurück und bezeichnete sie als
     * ...": a verb right behind "und" has no subject of its own; it shares the main clause's, not the object before it.
     */
    private NounPhrase coordinatedSubject(TextModel.Sentence s, int cue) {
        if (cue - 1 <= s.firstToken() || !(model.token(cue - 1).is("und") || model.token(cue - 1).is("sowie")) || model.token(cue - 1).quoted()) return null;
        // "Nach dem Flug ... lenkte er die Fähre ... und meldete sich": a pronoun only nominative behind the main clause's verb
        for (int k = s.firstToken() + 1; k < cue - 1 && !isClauseBoundary(model.token(k)); k++) {
            Token before = model.token(k - 1);
            if (NOMINATIVE_PRONOUNS_DE.contains(model.token(k).lower()) && before.word() && !before.capitalised()
                    && morph.german(before.lower()).has(Morphology.VERB)) return new NounPhrase(k, k + 1, true, false);
        }
        for (NounPhrase np : nps.subjects(s.firstToken(), cue - 1, s.firstToken())) {
            // "Nach einem dreitägigen Flug ... lenkte er": a phrase behind a preposition is none of the clause's subjects
            if (afterPreposition(np, s) || !nps.agentive(np) || !nps.mayBeNominative(np)) continue;
            return np.named() || np.pronoun() || known(np) ? np : null;
        }
        return null;
    }

    /** A preposition before the phrase, with only an article and lower-case adjectives between ("mit einem langen Brief"). */
    private boolean afterPreposition(NounPhrase np, TextModel.Sentence s) {
        for (int k = np.first() - 1; k >= s.firstToken() && np.first() - k <= 4; k--) {
            Token x = model.token(k);
            if (!x.word() || x.quoted() || x.capitalised() && k > s.firstToken()) return false;
            if (NounPhrases.PREPOSITIONS.contains(x.lower())) return true;
        }
        return false;
    }

    /** The index of a pronoun that is only nominative right behind the finite verb after the opening phrase, or -1. */
    private int pronounBehind(NounPhrase opening, TextModel.Sentence s) {
        int k = opening.end() + 1;
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
    private boolean afterPreposition(NounPhrase np, int f) {
        int k = np.first() - 1;
        while (k >= f && np.first() - k <= MAX_PREMODIFIERS && model.token(k).word() && !model.token(k).quoted() && !model.token(k).capitalised()
                && !NounPhrases.PREPOSITIONS.contains(model.token(k).lower())) k--;
        // "vor Panik", "von einem offenen Prozess", "vor neuen Schulden": the object opens on its noun, an article or adjectives
        // ("Seit langem werfen Kritiker" does not: a verb stands between)
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

    /**
     * "Jonas Kern, der Leiter der Behörde, sagte, ...", "Ada Stein, a physician from Ohio, accused the committee of ...":
     * the sentence opens with a phrase and one stretch set off by commas
     * up to the verb, so the comma before the verb closes an apposition, no said part before an inverted verb.
     */
    boolean apposedOpening(TextModel.Sentence s, int cue) {
        NounPhrase np = nps.at(s.firstToken(), cue, s.firstToken());
        return np != null && nps.agentive(np) && (setOffUpTo(attributeEnd(np.end(), cue), cue) || english && relativeClauseUpTo(np.end(), cue));
    }

    /** ", which runs the city's buses, trams and ferries,": a relative clause from {@code from} to the comma before {@code cue}, commas of a list inside. */
    private boolean relativeClauseUpTo(int from, int cue) {
        if (from + 2 >= cue || !englishSubjects.opensRelativeClause(from) || !model.token(cue - 1).isPunct(',')) return false;
        for (int k = from + 1; k < cue - 1; k++) if (model.token(k).quoted() || !model.token(k).word() && !model.token(k).isPunct(',')) return false;
        return true;
    }

    /**
     * "Der Sprecher der Regierung, ...", "Der Chef von Kerbach, ...": a German genitive or prepositional attribute
     * behind a phrase belongs to it; the comma after the attribute, else {@code from}.
     */
    private int attributeEnd(int from, int cue) {
        if (english) return from;
        int comma = from;
        while (comma < cue && !model.token(comma).isPunct(',')) comma++;
        return comma > from && comma < cue && (genitiveUpTo(from, comma) || attributeUpTo(from, comma)) ? comma : from;
    }

    /** ", der Direktor der Behörde," or ", der der Partei angehört,": one stretch between two commas, the second right before {@code cue}. */
    private boolean setOffUpTo(int from, int cue) {
        if (from + 2 >= cue || !model.token(from).isPunct(',') || !model.token(cue - 1).isPunct(',')) return false;
        for (int k = from + 1; k < cue - 1; k++) if (model.token(k).isPunct(',') || model.token(k).quoted() || model.token(k).isPunct(':')) return false;
        return true;
    }

    /**
     * "Harvey, a delegate from Houston, Texas, said the turmoil was staged": when a clause behind the verb shows that the
     * comma before it closed an apposition ({@link Draft#subjectBeforeVerb}), whatever the apposition holds, commas of a
     * place or a relative clause inside, the phrase set off at the sentence's opening is the subject.
     */
    private boolean apposedBefore(NounPhrase np, int cue, Draft d) {
        return english && d.subjectBeforeVerb && np.end() + 1 < cue && model.token(np.end()).isPunct(',');
    }

    /** "der Runde", "des Vereins SV X": an article in the genitive and capitalised words, running up to {@code end}. */
    private boolean genitiveUpTo(int from, int end) {
        // "Der Verband kommunaler Arbeitgeber wies ... zurück": a genitive plural has no article, its adjective ends in -er
        boolean articleless = from + 1 < end && model.token(from).word() && !model.token(from).capitalised() && !model.token(from).quoted()
                && model.token(from).lower().endsWith("er") && model.token(from).lower().length() > 4 && model.token(from + 1).capitalised();
        if (!(model.token(from).is("der") || model.token(from).is("des") || articleless)) return false;
        int k = from + 1;
        while (k < end && model.token(k).word() && !model.token(k).quoted() && (model.token(k).capitalised() || !AUXILIARIES.contains(model.token(k).lower()) && k - from <= 2 && !model.token(k).capitalised() && isLowerAdjective(model.token(k).lower()))) k++;
        return k == end || k < end && AUXILIARIES.contains(model.token(k).lower()) && k + 1 <= end;
    }

    /** "Die Regierung in Velgrad hat", "Der Chef von Kerbach sagte": a prepositional attribute between the subject and its verb. */
    private boolean attributeUpTo(int from, int end) {
        if (!lex.placePrepositionsDe.contains(model.token(from).lower())) return false;
        int k = from + 1;
        while (k < end && k - from <= 4 && model.token(k).word() && !model.token(k).quoted() && !AUXILIARIES.contains(model.token(k).lower())) k++;
        return k == end || k < end && AUXILIARIES.contains(model.token(k).lower());
    }

    /** German V2: the field before the finite auxiliary is a noun phrase (with its attribute) that opens the sentence, its subject. */
    private boolean nominalVorfeld(TextModel.Sentence s, int aux) {
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

    private boolean clauseFinal(int cue, Draft d, TextModel.Sentence s) {
        int next = Math.max(cue, d.particleToken) + 1;
        return next >= s.endToken() || !model.token(next).word();
    }

    private boolean opensClause(NounPhrase np, TextModel.Sentence s) {
        if (np.first() == s.firstToken()) return true;
        Token before = model.token(np.first() - 1);
        return before.isPunct(',') || before.isPunct(':') || CLAUSE_OPENERS.contains(before.lower()) || before.is("wie") || before.is("as");
    }

    /** The subject of the German main clause holding a quotation at token {@code quote} by its order, else {@code nearest}. */
    NounPhrase clauseSubject(TextModel.Sentence s, int quote, NounPhrase nearest) {
        NounPhrase subject = english || nearest == null ? null : vorfeld.ofQuotation(s, quote);
        return subject != null ? subject : nearest;
    }

    /**
     * The subject of a German sentence's main clause by verb-second order ({@link VorfeldSubject#ofSentence}), or null;
     * null too when it names a thing ("Die Zukunft des Werks war ..."), which says nothing.
     */
    NounPhrase mainClauseSubject(TextModel.Sentence s) {
        NounPhrase subject = english ? null : vorfeld.ofSentence(s);
        return subject == null || vorfeld.namesAThing(model.token(subject.end() - 1)) ? null : subject;
    }

    NounPhrase bestSubject(TextModel.Sentence s, int from, int to) {
        NounPhrase best = null;
        double bestScore = Double.MAX_VALUE;
        for (NounPhrase np : nps.subjects(from, to, s.firstToken())) {
            if (!nps.agentive(np)) continue;
            double score = to - np.end() + (known(np) ? -5 : 0);
            if (score < bestScore) { best = np; bestScore = score; }
        }
        return best;
    }

    boolean known(NounPhrase np) {
        return knownPhrases.computeIfAbsent(((long) np.first() << 32) | np.end(), key -> lookUp(np));
    }

    private boolean lookUp(NounPhrase np) {
        for (int k = np.first(); k < np.end(); k++) {
            Token t = model.token(k);
            if (!t.capitalised()) continue;
            if (memory.byNameOrSurname(t.text()) != null || memory.organisation(t.text()) != null || memory.byRole(t.text()) != null) return true;
        }
        return false;
    }

    /** Token distance from a noun phrase to the cue, with a price for each comma or quotation crossed. */
    private double distance(NounPhrase np, int cue) {
        int from = np.end() <= cue ? np.end() : cue + 1;
        int to = np.end() <= cue ? cue : np.first();
        double d = Math.max(0, to - from);
        for (int k = from; k < to; k++) {
            Token t = model.token(k);
            if (t.isPunct(',')) d += 5;
            else if (t.quoted()) d += 0.3;
        }
        if (np.first() > cue) d += 0.5;
        return d;
    }

    /** "Dmitri Peskow, Sprecher des Kremls, wies ...": the name before the apposition is the speaker. */
    private NounPhrase apposition(NounPhrase np, TextModel.Sentence s) {
        NounPhrase name = nameApposed(np, s);
        if (name != null) return name;
        int k = np.first() - 1;
        if (k <= s.firstToken() || !model.token(k).isPunct(',')) return np;
        if (lex.roleSuffix(model.token(np.first()).lower()) == null && !model.token(np.first()).is("sprecher")) return np;
        for (NounPhrase before : nps.subjects(s.firstToken(), k, s.firstToken())) if (before.end() == k && before.named()) return before;
        return np;
    }

    /**
     * "Der Präsident von Varnia, Tomas Selenkow, hat ... zurückgewiesen": a role phrase without a name, set off by an
     * apposition that is a name, is said by that name (the role is the name's description, not a second party). Null
     * when no such name follows.
     */
    private NounPhrase nameApposed(NounPhrase np, TextModel.Sentence s) {
        if (np.pronoun() || np.end() + 1 >= s.endToken() || !model.token(np.end()).isPunct(',')) return null;
        if (!opensWithARole(np)) return null;
        NounPhrase name = nps.at(np.end() + 1, s.endToken(), s.firstToken());
        if (name == null || !name.named() || name.end() >= s.endToken() || !model.token(name.end()).isPunct(',')) return null;
        if (namesAPerson(name)) return name;
        // a surname the dictionary does not know, as long as the article does not name a body so
        EntityMemory.Entity e = memory.byNameOrSurname(model.token(name.end() - 1).text());
        return e == null || e.kind == SpeakerKind.PERSON ? name : null;
    }

    /** "Der Präsident von Varnia", "der Chef des Zulieferers": the phrase's first noun (behind an article) is a role. */
    private boolean opensWithARole(NounPhrase np) {
        int k = np.first();
        String first = model.token(k).lower();
        if (k + 1 < np.end() && (NounPhrases.NOMINATIVE_ARTICLES_DE.contains(first) || NounPhrases.OBLIQUE_ARTICLES.contains(first))) k++;
        return lex.roleSuffix(model.token(k).lower()) != null;
    }

    // What the other steps ask of the speaker finder and the classes below it answer.

    boolean invertsAfterComma(int cue, int f) {
        return englishSubjects.invertsAfterComma(cue, f);
    }

    boolean participleAfterComma(int cue, int f) {
        return englishSubjects.participleAfterComma(cue, f);
    }

    boolean takesAddressee(int cue) {
        return englishSubjects.takesAddressee(cue);
    }

    NounPhrase invertedBareSubject(TextModel.Sentence s, int cue) {
        return englishSubjects.invertedBareSubject(s, cue);
    }

    Speaker resolve(NounPhrase np, TextModel.Sentence s) {
        return resolver.resolve(np, s);
    }
}
