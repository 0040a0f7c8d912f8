package org.storywire.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * Speakers: the subject of a cue (the nearest agentive noun phrase of its clause, by word order, with the shapes of
 * {@link EnglishSubjects} and {@link GermanSubjects} first), the source of a report marker, and their resolution to a
 * person, organisation or medium ({@link SpeakerResolver}).
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
    private final GermanSubjects germanSubjects;
    private final SpeakerResolver resolver;

    SpeakerFinder(Extraction x) {
        super(x);
        this.englishSubjects = new EnglishSubjects(x);
        this.vorfeld = new VorfeldSubject(x);
        this.subordinate = new SubordinateSubject(x);
        this.quantities = new QuantitySubject(model);
        this.germanSubjects = new GermanSubjects(x, vorfeld);
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
        if (v2 == null && !english) v2 = germanSubjects.v2Subject(s, cue, d);
        if (v2 == null && !english) v2 = germanSubjects.pronounBehindFinite(s, cue, d);
        if (v2 == null && !english) v2 = coordinatedSubject(s, cue);
        if (v2 == null && !english) v2 = vorfeld.ofCue(s, cue);
        if (v2 != null) return apposition(v2, s);
        NounPhrase best = null;
        double bestScore = Double.MAX_VALUE;
        int from = Math.max(s.firstToken(), cue - SUBJECT_WINDOW);
        int to = Math.min(s.endToken(), cue + SUBJECT_WINDOW);
        int auxBefore = -1;
        boolean mayInvert = cue > s.firstToken() && (isQuoteMark(model.token(cue - 1)) || englishSubjects.invertsAfterComma(cue, s.firstToken())) && !d.subjectBeforeVerb;
        if (!english && germanSubjects.clauseFinal(cue, d, s)) {
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
            if (!english && germanSubjects.afterPreposition(np, s.firstToken())) continue;
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
            else if (!english && np.end() + 1 < cue && opensClause(np, s) && (germanSubjects.genitiveUpTo(np.end(), cue) || germanSubjects.attributeUpTo(np.end(), cue))) score -= 9;
            // "Dabei hatte er ... gefordert": right behind the auxiliary, before a clause-final verb,
            // unless a noun phrase before the auxiliary is the subject ("Die Regierung hat Gespräche bestätigt")
            else if (np.first() > s.firstToken() && np.first() < cue && AUXILIARIES.contains(model.token(np.first() - 1).lower()) && germanSubjects.clauseFinal(cue, d, s)
                    && (english || !germanSubjects.nominalVorfeld(s, np.first() - 1))) score -= 8;
            if (np.pronoun()) score -= 0.5;
            if (english && after && !invertedVerb) score += 30;
            if (known(np)) score -= 2;
            if (np.first() > cue && model.token(np.first()).is("die")) score += 1; // often the object
            if (score < bestScore) { best = np; bestScore = score; }
        }
        if (best != null && english) best = englishSubjects.englishApposition(best, s, cue);
        if (best == null && english) best = englishSubjects.pluralBareSubject(s, cue);
        return best == null ? null : apposition(best, s);
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
        return comma > from && comma < cue && (germanSubjects.genitiveUpTo(from, comma) || germanSubjects.attributeUpTo(from, comma)) ? comma : from;
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
        if (germanSubjects.namesAPerson(name)) return name;
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

    boolean inanimateSubject(TextModel.Sentence s, int cue, Draft d) {
        return germanSubjects.inanimateSubject(s, cue, d);
    }

    Speaker resolve(NounPhrase np, TextModel.Sentence s) {
        return resolver.resolve(np, s);
    }
}
