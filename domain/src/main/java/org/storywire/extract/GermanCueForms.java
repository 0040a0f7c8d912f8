package org.storywire.extract;

import java.util.Set;
import org.storywire.analyse.GermanDictionary;
import org.storywire.clean.Lexicon;

/**
 * How German verbs and their clauses read, for {@link CueFinder}: whether a cue form is a finite verb of saying here
 * (not a noun, an attributive participle, a comment adverbial, a reflexive or a zu-infinitive), what stands in the
 * Vorfeld before it, and which subject a relative or "wie" clause gives it.
 */
final class GermanCueForms extends ExtractionStep {
    private static final Set<String> ADVERBIAL_SUBORDINATORS_DE = Lexicon.words("adverbial-subordinators-de.txt");
    /** "sprach sich der Minister für ... aus": the reflexive stands right behind the verb or behind its subject, a few words on. */
    private static final int REFLEXIVE_GAP = 4;
    /** "Wie schon die Behörde am Montag mitteilte,": at most this many tokens between "wie" and its verb. */
    private static final int WIE_CLAUSE_GAP = 8;
    /** The German relative pronouns that can be a clause's subject (nominative). */
    private static final Set<String> NOMINATIVE_RELATIVES_DE = Set.of("der", "die", "das", "welcher", "welche", "welches");
    /** "eine oft beklagte", "die erste bekannte": at most this many words between an article and its attributive participle. */
    private static final int ATTRIBUTE_GAP = 2;
    /** ", sagte am Montagabend in Berlin die Ministerin": at most this many tokens of adverbials between an inverted verb and its subject. */
    private static final int MAX_ADVERBIAL_STRETCH = 6;
    private static final Set<String> COORDINATION_ADVERBS_DE = Lexicon.words("coordination-adverbs-de.txt");

    private final SpeakerFinder speakers;

    GermanCueForms(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    /**
     * "Nachdem die Wahl verschoben worden war, forderte die Opposition ...", "Im Brief, den er am Montag schrieb, erklärt
     * er ...": the clause before the comma ahead of the verb is an adverbial (a subordinate clause with no comma inside, or
     * a prepositional phrase with its relative clause) standing in the Vorfeld, not a said part the verb closes.
     * {@code comma} is the comma before the verb.
     */
    boolean adverbialVorfeld(int f, int comma) {
        if (comma <= f + 1 || !model.token(comma).isPunct(',')) return false;
        int inner = -1;
        for (int k = f; k < comma; k++) {
            Token x = model.token(k);
            if (x.quoted() || isQuoteMark(x) || x.isPunct(':') || x.isPunct(';')) return false;
            if (x.isPunct(',')) {
                if (inner >= 0) return false;
                inner = k;
            }
        }
        String first = model.token(f).lower();
        // "Seit Jahresbeginn seien 84 Fälle registriert worden, teilte ... mit": a subordinate clause ends on its finite verb
        // ("seit er dort arbeitet,"); a word that also opens a phrase ("seit", "während", "als") before a clause of verb-second
        // order opens the said part
        if (inner < 0) return ADVERBIAL_SUBORDINATORS_DE.contains(first) && finiteLast(comma);
        return NounPhrases.PREPOSITIONS.contains(first) && nps.opensRelativeClause(inner + 1, comma);
    }

    /** Whether the word before the comma at {@code comma} is a finite verb in lower case, as a subordinate clause ends. */
    private boolean finiteLast(int comma) {
        Token last = model.token(comma - 1);
        return last.word() && !last.capitalised() && morph.german(last.text()).finite();
    }

    /**
     * ", sagte am Montag der Sprecher", ", sagte gestern Abend in Berlin die Ministerin": an inverted German verb's subject
     * may stand behind adverbials (a prepositional phrase ending on its noun, an adverb, a noun of time); whether a noun
     * phrase that may be a subject right behind such a stretch starting at {@code from}, or null.
     */
    NounPhrase subjectBehindAdverbials(int from, int e) {
        int k = from;
        // adverbs alone ("bestritt jedoch nicht die Annahme") leave the verb's own object behind them: a time or place must stand there
        boolean timeOrPlace = false;
        while (k < e && k - from < MAX_ADVERBIAL_STRETCH) {
            Token x = model.token(k);
            if (!x.word() || x.quoted()) break;
            if (NounPhrases.PREPOSITIONS.contains(x.lower())) {
                timeOrPlace = true;
                int n = k + 1;
                while (n < e && n - k <= ATTRIBUTE_GAP + 1 && model.token(n).word() && !model.token(n).capitalised()) n++;
                if (n >= e || !model.token(n).word() || !model.token(n).capitalised()) return null;
                k = n + 1;
            } else if (lex.timeWords.contains(x.lower())) {
                timeOrPlace = true;
                k++;
            } else if (!x.capitalised() && adverb(x) && nps.at(k, e, k) == null) {
                k++;
            } else break;
        }
        if (!timeOrPlace || k >= e) return null;
        // read from the stretch's end: an article behind its last noun opens the subject here, no genitive attribute
        NounPhrase np = nps.at(k, e, k);
        return np != null && nps.agentive(np) && nps.mayBeNominative(np) ? np : null;
    }

    /** "gestern", "bereits": a German word the dictionary knows, neither verb, noun, adjective nor article (nor, tested apart, a pronoun). */
    private boolean adverb(Token x) {
        Morphology.Analysis a = morph.german(x.lower());
        return a.has(Morphology.KNOWN) && !a.has(Morphology.VERB) && !a.has(Morphology.NOUN) && !a.has(Morphology.ADJECTIVE)
                && !ANY_ARTICLE.contains(x.lower());
    }

    /**
     * "Die Haushaltspolitikerin der Grünen, Anja Mertz, kritisierte ...", "Auch die größte Privatbank, die Kernbank,
     * meldete ...": before the comma ahead of the verb stand only a noun phrase and its apposition, no word that can be
     * a verb; that is the verb's subject, not a said part it closes. {@code comma} is the comma before the verb.
     */
    boolean verblessVorfeld(int f, int comma) {
        if (comma <= f + 1 || !model.token(comma).isPunct(',')) return false;
        for (int k = f; k < comma; k++) {
            Token x = model.token(k);
            if (x.quoted() || isQuoteMark(x) || x.isPunct(':') || x.isPunct(';')) return false;
            if (x.word() && (!x.capitalised() || k == f) && morph.german(x.lower()).has(Morphology.VERB)) return false;
        }
        return true;
    }

    /** The subject standing before the comma at {@code comma}: the apposition after an inner comma ("..., Anja Mertz,"), else the opening phrase. */
    NounPhrase vorfeldSubject(int f, int comma) {
        for (int k = comma - 1; k > f; k--) {
            if (!model.token(k).isPunct(',')) continue;
            NounPhrase apposition = nps.at(k + 1, comma, f);
            if (apposition != null && apposition.end() == comma) return apposition;
            break;
        }
        return nps.at(f, comma, f);
    }

    /** "bestätigte den Vorfall, nannte aber keine Details": an adverb of contrast or addition behind the verb makes it a second verb of the clause's subject. */
    boolean coordinatedAfterComma(int verb, int end) {
        return verb + 1 < end && COORDINATION_ADVERBS_DE.contains(model.token(verb + 1).lower());
    }

    /**
     * "Angaben zufolge", "Berichten verschiedener Medien", "Fragen der Abgeordneten": a capitalised German form opening the
     * sentence that the dictionary reads as a common noun is that noun, unless an auxiliary or modal right behind it shows
     * a fronted verb ("Sagen wollte er dazu nichts", "Erklären konnte sie das nicht").
     */
    boolean nounAtStart(Token t, int i, int e) {
        if (!t.capitalised() || GermanDictionary.kind(t.text()) != GermanDictionary.Kind.COMMON) return false;
        if (i + 1 >= e) return true;
        String next = model.token(i + 1).lower();
        return !SpeakerFinder.AUXILIARIES.contains(next) && !GermanPassive.AUXILIARIES.contains(next);
    }

    /**
     * "Wie eine Umfrage ergab, rauchen ...", "Wie „Netzblick“ berichtet, ...", "..., wie der Verband mitteilte.": in a
     * "wie" clause before or after the said part, the phrase between "wie" and its verb is the source, a study or a
     * website as much as a person.
     */
    NounPhrase wieClauseSource(TextModel.Sentence s, int cue, int f, Draft d) {
        int next = Math.max(cue, d.particleToken) + 1;
        // before the said part ("Wie X berichtet, ...") or closing the sentence after it ("..., wie X mitteilte.")
        if (next < s.endToken() && !model.token(next).isPunct(',') && !model.token(next).isPunct('.')) return null;
        int w = cue - 1;
        while (w > f && cue - w <= WIE_CLAUSE_GAP && (model.token(w).word() || isQuoteMark(model.token(w))) && !model.token(w).is("wie")) w--;
        if (!model.token(w).is("wie") || w > f && !model.token(w - 1).isPunct(',')) return null;
        NounPhrase named = speakers.nounPhraseAfter(w + 1, cue);
        if (named != null) return named;
        for (NounPhrase np : nps.subjects(w + 1, cue, f)) return np;
        return null;
    }

    /**
     * "der General, der vor dem Parlament betonte, ...": a cue closing a relative clause opened by a
     * nominative relative pronoun behind a comma has that pronoun as its subject, unless a subject of the
     * clause's own stands behind it ("die Zahl, die die Polizei nannte"); its index or -1.
     */
    int germanRelativeSubject(int cue, int f, NounPhrase subject) {
        int comma = cue - 1;
        while (comma > f && model.token(comma).word()) comma--;
        if (comma <= f || !model.token(comma).isPunct(',') || !NOMINATIVE_RELATIVES_DE.contains(model.token(comma + 1).lower())) return -1;
        if (!nps.opensRelativeClause(comma + 1, cue + 1) || subject != null && subject.first() > comma) return -1;
        // "die die Stärke angegeben und später korrigiert hatte, sagte ...": the clause ends with the cue and its auxiliaries
        int k = cue + 1;
        while (k < model.tokens.size() && k - cue <= 2 && model.token(k).word() && morph.german(model.token(k).lower()).has(Morphology.VERB)) k++;
        if (k >= model.tokens.size() || !model.token(k).isPunct(',') && !model.token(k).isPunct(':')) return -1;
        // "brachte eine Darstellung in Umlauf, die ... widerspricht": behind a preposition the phrase before the comma is no antecedent
        NounPhrase antecedent = speakers.nounPhraseBefore(comma, f);
        if (antecedent == null || rightAfterPreposition(antecedent, f)
                && !model.token(antecedent.first() - 1).is("von")) return -1;
        return comma + 1;
    }

    /**
     * "die zuletzt bekannte Anschrift", "eine oft beklagte Lücke", "der vermutete Täter": a form the dictionary also
     * reads as an adjective or participle, between an article (adverbs or adjectives aside) and a noun, describes the
     * noun and reports nothing. A sentence-initial "Das" before a head that cannot be neuter is a pronoun before its
     * verb ("Das bestätigte Polizeichef Kai Holm"), no article, as the noun phrases read it.
     */
    boolean attributive(int cue, int f, int e) {
        Morphology.Analysis form = morph.german(model.token(cue).lower());
        if (!form.has(Morphology.ADJECTIVE) && !form.has(Morphology.PARTICIPLE)) return false;
        int noun = cue + 1;
        if (noun + 1 < e && lowerAdjective(model.token(noun))) noun++;
        if (noun >= e || !model.token(noun).word() || !model.token(noun).capitalised() || model.token(noun).quoted()) return false;
        for (int k = cue - 1; k >= f && k >= cue - ATTRIBUTE_GAP - 1; k--) {
            Token x = model.token(k);
            if (!x.word() || x.quoted() || x.capitalised() && k > f) return false;
            if (ANY_ARTICLE.contains(x.lower())) return !(k == f && nps.pronounBeforeVerb(k, noun, e));
        }
        return false;
    }

    /**
     * "genauer gesagt", "kurz gesagt", "offen gesagt": a participle of saying right after an uninflected adjective, with no
     * auxiliary in its clause to make a perfect or a passive of it, is a comment on the narrator's own wording.
     */
    boolean commentAdverbial(int cue, int f, int e) {
        Token t = model.token(cue);
        Morphology.Analysis participle = morph.german(t.lower());
        if (cue == f || t.capitalised() || !participle.has(Morphology.PARTICIPLE) || participle.finite()) return false;
        Token before = model.token(cue - 1);
        if (!before.word() || before.capitalised() || before.quoted()) return false;
        Morphology.Analysis adjective = morph.german(before.lower());
        if (!adjective.has(Morphology.ADJECTIVE) || adjective.has(Morphology.VERB) || adjective.has(Morphology.NOUN)) return false;
        for (int k = cue - 2; k >= f && !isClauseBoundary(model.token(k)); k--) if (auxiliary(model.token(k))) return false;
        for (int k = cue + 1; k < e && !isClauseBoundary(model.token(k)); k++) if (auxiliary(model.token(k))) return false;
        return true;
    }

    private boolean auxiliary(Token t) {
        if (SpeakerFinder.AUXILIARIES.contains(t.lower()) || GermanPassive.AUXILIARIES.contains(t.lower())) return true;
        String lemma = t.word() && !t.capitalised() ? morph.germanLemma(t.lower()) : null;
        return "sein".equals(lemma) || "haben".equals(lemma) || "werden".equals(lemma);
    }

    /**
     * "um über den Streik berichten zu können", "verbot ihm, davon zu berichten": a reporting verb as a "zu" infinitive
     * is governed by another verb, which tells what was planned, allowed or forbidden, not that anything was said.
     */
    boolean zuInfinitive(int cue, int e) {
        Token before = cue > 0 ? model.token(cue - 1) : null;
        if (before != null && before.is("zu") && !before.quoted()) return true;
        if (morph.german(model.token(cue).lower()).has(Morphology.ZU_INFINITIVE)) return true;
        if (cue + 2 >= e || !model.token(cue + 1).is("zu")) return false;
        Token verb = model.token(cue + 2);
        return verb.word() && !verb.capitalised() && morph.german(verb.lower()).verbOnly();
    }

    /**
     * "äußerte sich", "sprach sich der Minister ... aus": the verb at {@code cue} is used reflexively, "sich" within its clause's
     * first words. "hat sich ... zu Wort gemeldet", "hatte sich schon angekündigt": a participle or infinitive closing its clause
     * stands in the right bracket, and its reflexive stands before it, in the middle field.
     */
    boolean reflexive(int cue, int f, int e) {
        for (int k = cue + 1; k < e && k <= cue + REFLEXIVE_GAP; k++) {
            Token x = model.token(k);
            if (x.quoted() || isClauseBoundary(x)) return false;
            if (x.is("sich")) return true;
        }
        return closesClause(cue, e) && reflexiveBefore(cue, f);
    }

    /** Whether nothing but the sentence's end or a clause boundary follows the verb at {@code cue}. */
    private boolean closesClause(int cue, int e) {
        if (cue + 1 >= e) return true;
        Token next = model.token(cue + 1);
        return !next.quoted() && (isClauseBoundary(next) || next.isPunct('.'));
    }

    /** "sich" between the clause's start and the verb at {@code cue}, in the same clause. */
    private boolean reflexiveBefore(int cue, int f) {
        for (int k = cue - 1; k >= f; k--) {
            Token x = model.token(k);
            if (x.quoted() || isClauseBoundary(x)) return false;
            if (x.is("sich")) return true;
        }
        return false;
    }

    /**
     * "kritisierte den Plan als überhastet", "wurde als Fehler kritisiert": "als" with a predicative after the object
     * says what the speaker holds of it, a judgement the verb alone ("kritisierte den Plan") does not give. Not "als"
     * opening a clause of time, nor "sowohl ... als auch", nor a comparison after "mehr" or "weniger".
     */
    boolean predicativeAls(Draft d, TextModel.Sentence s) {
        for (int k = s.firstToken() + 1; k + 1 < s.endToken(); k++) {
            Token x = model.token(k);
            if (!x.is("als") || x.quoted() || x.begin() < d.contentBegin || x.end() > d.contentEnd) continue;
            Token before = model.token(k - 1);
            if (!before.isPunct(',') && !model.token(k + 1).is("auch") && !before.is("mehr") && !before.is("weniger")) return true;
        }
        return false;
    }

    /** "vollständige", "oft": a lower-case word the dictionary knows as an adjective or adverb-like, no verb. */
    private boolean lowerAdjective(Token t) {
        if (!t.word() || t.capitalised() || t.quoted()) return false;
        Morphology.Analysis a = morph.german(t.lower());
        return a.has(Morphology.ADJECTIVE) && !a.has(Morphology.VERB);
    }

    /** "Trump soll Putin ... erinnert haben": the verb is the reported event, not the report. */
    boolean insideReportative(TextModel.Sentence s, int i) {
        if (i + 1 >= s.endToken() || !REPORTATIVE_TAIL.contains(model.token(i + 1).lower())) return false;
        for (int k = s.firstToken(); k < i; k++) if (REPORTATIVE.contains(model.token(k).lower()) && !model.token(k).quoted()) return true;
        return i + 2 < s.endToken() && REPORTATIVE.contains(model.token(i + 2).lower());
    }

    /**
     * "Der Konzern lehnte es ab, sich zu äußern", "weigerte sich, den Bericht zu kommentieren": the cue is the
     * zu-infinitive of a verb of refusing in the clause before its comma, which negates it.
     */
    boolean refusedInfinitive(TextModel.Sentence s, int cue, int clauseFrom) {
        if (cue == s.firstToken() || !model.token(cue - 1).is("zu") || clauseFrom <= s.firstToken() || !model.token(clauseFrom - 1).isPunct(',')) return false;
        int comma = clauseFrom - 1;
        String particle = comma - 1 >= s.firstToken() ? model.token(comma - 1).lower() : "";
        for (int k = comma - 1; k >= s.firstToken() && !isClauseBoundary(model.token(k)); k--) {
            Token x = model.token(k);
            if (!x.word() || x.capitalised() && k != s.firstToken()) continue;
            String lemma = morph.germanLemma(x.lower());
            if (lemma != null && (RefusedComment.REFUSE_TO.contains(lemma) || RefusedComment.REFUSE_TO.contains(particle + lemma))) return true;
        }
        return false;
    }
}
