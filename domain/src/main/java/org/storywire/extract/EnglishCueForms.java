package org.storywire.extract;

import static org.storywire.extract.CueFinder.ENGLISH_NOUN_MARKERS;
import static org.storywire.extract.CueFinder.FINITE_AUXILIARIES_EN;
import static org.storywire.extract.CueFinder.OBJECT_PRONOUNS_EN;
import static org.storywire.extract.CueFinder.SUBORDINATORS_EN;

import java.util.Set;
import org.storywire.analyse.EnglishDictionary;
import org.storywire.clean.Lexicon;

/**
 * How English verbs and their complements read, for {@link CueFinder}: whether a word form is a verb here and not a
 * noun, whether an unlisted verb reports by its frame (a that-clause, a naming frame, a learned phrase or particle), and
 * where a verb's clause or said part opens and ends.
 */
final class EnglishCueForms extends ExtractionStep {
    /** "some", "many", "several": quantifiers that may stand alone as a clause's subject. */
    private static final Set<String> GROUP_QUANTIFIERS_EN = Lexicon.words("group-quantifiers-en.txt");
    private static final Set<String> WITHHELD_SPEECH_EN = Lexicon.words("withheld-speech-en.txt");
    private static final Set<String> PROGRESSIVE = Lexicon.words("progressive-en.txt");
    private static final Set<String> ASPECTUAL_EN = Lexicon.words("aspectual-verbs-en.txt");
    /** "both ... and", "either ... or": a correlative opening coordinated objects. */
    private static final Set<String> PAIR_OPENERS_EN = Set.of("both", "either", "neither");
    /** The prepositions that give a speech noun its topic or target: "questions about", "attacks on", "charges against". */
    private static final Set<String> NOMINAL_TOPIC_PREPOSITIONS_EN = Set.of("about", "on", "against", "of", "over");
    /** Words that can be a singular subject standing right before its verb: "it states", "who tweets". */
    private static final Set<String> SINGULAR_SUBJECTS_EN = Set.of("he", "she", "it", "who", "which", "that", "this", "one");
    /** "called the deal a disaster": the words of a common-noun object before its complement. */
    private static final int MAX_NAMED_OBJECT = 8;
    private static final Set<String> OBJECT_DETERMINERS_EN = Set.of("the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your");
    /** The words that open a noun phrase as eval cue-forms counted them for phrase-cues-en.txt: one list for both. */
    private static final Set<String> PHRASE_OPENERS_EN = Lexicon.words("phrase-openers-en.txt");
    /** The particles of phrasal verbs as eval cue-forms counted them for phrase-cues-en.txt: one list for both. */
    private static final Set<String> PARTICLES_EN = Lexicon.words("particles-en.txt");
    /** Words that join a complement to what follows it: "called the charges baseless and false". */
    private static final Set<String> CLAUSE_CONJUNCTIONS_EN = Set.of("and", "or", "but");
    /** Words that open a clause as (part of) its subject: "that he", "that the", "that there". */
    static final Set<String> CLAUSE_SUBJECTS_EN = Set.of("he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an",
            "his", "her", "their", "its", "our", "my", "this", "these", "those", "some", "many", "most", "no", "all", "any", "every", "if");

    private final PredicativeComplement predicatives;
    private final NounObjectCue nounObjects;

    EnglishCueForms(Extraction x, PredicativeComplement predicatives) {
        super(x);
        this.predicatives = predicatives;
        this.nounObjects = new NounObjectCue(model, lex, this::opensObject);
    }

    /**
     * "ordered a recount", "advocated for Hale": a verb the corpus-learned list names with a noun-phrase object, or
     * with its preposition and a phrase behind it, attributes that phrase to its subject (an attitude or a speech act
     * whose content is a thing, not a proposition). The phrase opens with a determiner, a pronoun, a name or a possessive.
     */
    boolean phraseCue(Token t, int i, int e) {
        if (i == 0 || i + 1 >= e || lex.isStop(t.lower(), true) || !plausibleVerb(t, model.token(i - 1), i)) return false;
        String lemma = morph.englishVerbLemma(t.lower());
        // "founded the firm": a regular past built on "found", itself the past of "find", whose objects the learned list counted
        if (lemma == null || t.lower().equals(lemma + "ed") && morph.pastOfAnotherVerb(lemma)) return false;
        Token before = model.token(i - 1);
        // "was ordered", "been called": in the passive the phrase behind is no object; "a group called Unity", "a ferry,
        // called the Heron,": a naming participle behind a common noun or a comma names the noun, no one speaks
        if (morph.english(t.lower()).has(Morphology.PARTICIPLE) && EnglishPassive.BE.contains(before.lower())) return false;
        if (TextModel.NAMING_VERBS_EN.contains(lemma) && (commonNoun(before) || before.isPunct(','))) return false;
        Token next = model.token(i + 1);
        // "appeared to waver", "plans to run": the learned verbs with a to-infinitive attribute it to their subject
        if (next.is("to") && lex.phraseCue("to", lemma)) return i + 2 < e && infinitive(model.token(i + 2));
        // "seemed unconvinced", "appears very weak": the learned verbs with a predicative complement say how a thing seemed
        if (lex.phraseCue("predicative", lemma) && predicatives.at(i + 1, e)) return true;
        if (lex.phraseCue("verb", lemma + " " + next.lower())) return i + 2 < e && opensPhrase(i + 2);
        if (PARTICLES_EN.contains(next.lower()) && particleCue(lemma, i, e)) return true;
        // "voiced strong criticism of the plan": a learned noun with its preposition ends the object
        if (nounObjects.at(i, e)) return true;
        return lex.phraseCue("object", lemma) && opensObject(i + 1);
    }

    /**
     * "lashed out at the board", "shrugged off the report": a phrasal verb the corpus-learned list names with its particle,
     * and its preposition where it takes one, before a noun phrase. A verb with a particle means what the pair means, so
     * the verb alone says nothing here.
     */
    private boolean particleCue(String lemma, int i, int e) {
        if (i + 2 >= e) return false;
        String particle = lemma + " " + model.token(i + 1).lower();
        if (i + 3 < e && lex.phraseCue("particle", particle + " " + model.token(i + 2).lower())) return opensPhrase(i + 3);
        return lex.phraseCue("particle", particle) && opensObject(i + 2);
    }

    /**
     * "Some said ...", "and many believe that ...": a quantifier opening its clause stands alone as the verb's subject
     * when the cue form behind it is no noun ("many claims" is one); a form that is also a noun, singular, is a verb
     * only with a clause behind it ("some say the vote ...", not "some say in the matter").
     */
    boolean quantifierSubject(int i, int f, int e) {
        Token q = model.token(i - 1);
        if (q.quoted() || !GROUP_QUANTIFIERS_EN.contains(q.lower())) return false;
        if (i - 1 > f) {
            Token before = model.token(i - 2);
            boolean dash = before.text().equals("-") || before.text().equals("—") || before.text().equals("–");
            if (!(before.isPunct(',') || before.isPunct(';') || before.isPunct(':') || dash || CLAUSE_CONJUNCTIONS_EN.contains(before.lower())
                    || SUBORDINATORS_EN.contains(before.lower()))) return false;
        }
        String form = model.token(i).lower();
        if (!morph.english(form).has(Morphology.NOUN)) return true;
        return !form.endsWith("s") && clauseFollows(i, e);
    }

    /** "and the other said ...", "the other argued": "other" standing alone as the subject, before a form that is never a noun. */
    boolean otherAsSubject(int i, int f) {
        return i > f && model.token(i - 1).is("other") && !morph.english(model.token(i).lower()).has(Morphology.NOUN);
    }

    /** "They all said", "Reed and Croft all suggested": "all" floating behind its subject, before a verb form that is never a noun. */
    boolean floatingAll(int i, int f) {
        return i - 1 > f && model.token(i - 1).is("all") && !model.token(i - 2).quoted()
                && !morph.english(model.token(i).lower()).has(Morphology.NOUN);
    }

    /** A lower-case word with a verb reading: the verb of a to-infinitive, as eval cue-forms counted it. */
    private boolean infinitive(Token x) {
        return x.word() && !x.capitalised() && !x.quoted() && morph.englishVerbLemma(x.lower()) != null;
    }

    /** A noun phrase opening at k: a determiner or object pronoun, a name or a possessive, right behind the word before, no quotation mark between. */
    boolean opensPhrase(int k) {
        Token x = model.token(k);
        if (!x.word() || x.quoted() || x.begin() != model.token(k - 1).end() + 1) return false;
        return PHRASE_OPENERS_EN.contains(x.lower()) || x.capitalised() || x.possessive();
    }

    /** A verb's object opening at k: a noun phrase as {@link #opensPhrase} reads it, or a bare noun or adjective ("denied wrongdoing"), as eval cue-forms counted it. */
    private boolean opensObject(int k) {
        if (opensPhrase(k)) return true;
        Token x = model.token(k);
        return x.word() && !x.quoted() && x.begin() == model.token(k - 1).end() + 1 && EnglishDictionary.opensBarePhrase(x.lower());
    }

    /**
     * "She argued that ...", "told reporters that ...", "fears that ...": a verb whose complement is
     * a that-clause is a verb of communication or cognition, whether the lexicon lists it or not
     * (quotation corpora annotate beliefs and attitudes as well as speech). The word after "that"
     * must open a clause (a pronoun, determiner or name), so that "that" is no determiner or relative.
     */
    boolean takesThatClause(Token t, int i, int e) {
        if (lex.isStop(t.lower(), true) || lex.notThatClauseVerbsEn.contains(t.lower())
                || lex.notThatClauseVerbsEn.contains(morph.englishVerbLemma(t.lower()))) return false;
        if (i == 0 || !plausibleVerb(t, model.token(i - 1), i)) return false;
        return thatAfter(i, e) >= 0;
    }

    /**
     * "called him a liar", "called Rubio “Little Marco”", "branded the plan a disaster": a naming verb with an
     * object (a pronoun, a name, or a determiner and a few words) and behind it a complement (an article or a
     * quotation) says what its subject thinks of the object. "a website called Real News" names without judging:
     * no complement follows.
     */
    boolean namingFrame(Token t, int i, int e) {
        if (!t.word() || t.quoted()) return false;
        String lemma = morph.englishVerbLemma(t.lower());
        if (!TextModel.NAMING_VERBS_EN.contains(lemma == null ? t.lower() : lemma)) return false;
        int k = i + 1;
        // "called both Albers and Kern “reckless”": a correlative opens a pair of objects
        if (k + 1 < e && PAIR_OPENERS_EN.contains(model.token(k).lower())) k++;
        if (k >= e || model.token(k).quoted()) return false;
        Token object = model.token(k);
        if (OBJECT_PRONOUNS_EN.contains(object.lower()) || object.is("it") || object.lower().endsWith("self")) {
            // "called her vote a mistake": "her" is an object or the determiner of one
            if (complementAt(k + 1, e) || !OBJECT_DETERMINERS_EN.contains(object.lower())) return complementAt(k + 1, e) || adjectiveComplement(k + 1, e);
            k = objectWords(k + 1, e);
        } else if (object.capitalised()) {
            k = namesEnd(k, e);
            // "called Wells Fargo's conduct “outrageous”": a possessive name determines the common noun behind it
            if (model.token(k - 1).possessive()) k = objectWords(k, e);
        } else if (OBJECT_DETERMINERS_EN.contains(object.lower())) {
            k = objectWords(k + 1, e);
        } else if (commonNoun(object) && !lex.isStop(object.lower(), true)) {
            // "has called climate change a hoax": a bare common noun is an object as well
            k = objectWords(k, e);
        } else {
            return false;
        }
        return complementAt(k, e) || adjectiveComplement(i + 2, e);
    }

    /** The end of capitalised names from {@code k}, a pair joined by "and" or "or" ("Albers and Kern") counted as one object. */
    private int namesEnd(int k, int e) {
        while (k < e && model.token(k).word() && model.token(k).capitalised() && !model.token(k).quoted()) {
            k++;
            if (k + 1 < e && (model.token(k).is("and") || model.token(k).is("or")) && model.token(k + 1).capitalised() && model.token(k + 1).word()) k++;
        }
        return k;
    }

    /**
     * "called the charges baseless", "calls Ada Pike unqualified": an adjective that closes the clause a few words
     * behind the object's first word is the object's complement. A word that may be a noun or a verb is no sure
     * adjective ("called the meeting off").
     */
    private boolean adjectiveComplement(int from, int e) {
        for (int j = from; j < e && j <= from + MAX_NAMED_OBJECT; j++) {
            Token x = model.token(j);
            if (!x.word() || x.quoted()) return false;
            if (x.capitalised()) continue;
            Morphology.Analysis a = morph.english(x.lower());
            boolean adjective = a.has(Morphology.ADJECTIVE) && !a.has(Morphology.NOUN) && (!a.has(Morphology.VERB) || a.has(Morphology.PARTICIPLE));
            if (adjective && (j + 1 == e || !model.token(j + 1).word() || CLAUSE_CONJUNCTIONS_EN.contains(model.token(j + 1).lower()))) return true;
        }
        return false;
    }

    /** Whether an object's complement starts at {@code k}: an article or a quotation. */
    private boolean complementAt(int k, int e) {
        // "called its members to a meeting": an article behind a preposition opens its object, no complement
        if (k < e && complementOpener(model.token(k)) && NounPhrases.PREPOSITIONS.contains(model.token(k - 1).lower())) return false;
        return k < e && (complementOpener(model.token(k)) || isQuoteMark(model.token(k)) && model.token(k).quoted());
    }

    /** The end of an object's words from {@code k}: at most a few, up to a complement's article, a quotation or punctuation. */
    private int objectWords(int k, int e) {
        int limit = Math.min(e, k + MAX_NAMED_OBJECT);
        while (k < limit && model.token(k).word() && !model.token(k).quoted() && !complementOpener(model.token(k))) k++;
        return k;
    }

    private static boolean complementOpener(Token x) {
        return x.is("a") || x.is("an");
    }

    /** Where an English verb's complement starts: at "that" after an addressee ("told reporters that"), else right after the verb; -1 if nothing follows. */
    int complementStart(int cue, int clauseEnd, int e) {
        int that = thatAfter(cue, e);
        if (that >= 0) return that;
        int k = clauseEnd + 1;
        return k < e && (model.token(k).word() || isQuoteMark(model.token(k))) ? k : -1;
    }

    /**
     * "Swers, a professor at Lindhal College, said that ...", "Harvey, a delegate from Ohio, said the turmoil was
     * staged", "said his survey showed ...": behind the verb stands a that-clause, or a clause with a finite auxiliary or
     * a past-tense verb that is no adjective before the next comma, so the comma before the verb closed an apposition; an
     * inverted subject ("..., said Harvey on Monday") has none behind it, and a relative clause behind it ("..., said a
     * pilot who was there") describes the subject.
     */
    boolean clauseFollows(int cue, int e) {
        if (thatAfter(cue, e) >= 0) return true;
        for (int k = cue + 1; k < e; k++) {
            Token x = model.token(k);
            if (x.quoted() || isQuoteMark(x) || isClauseBoundary(x) || RELATIVE_PRONOUNS_EN.contains(x.lower())) return false;
            if (FINITE_AUXILIARIES_EN.contains(x.lower())) return true;
            if (k > cue + 1 && pastTenseVerb(x, model.token(k - 1)) && !morph.english(x.lower()).has(Morphology.ADJECTIVE)) return true;
        }
        return false;
    }

    /**
     * "Six in ten said they were tired; 46 percent said they were unenthusiastic": in English a semicolon
     * behind the verb closes what was said, and the clause after it is a sentence of its own.
     */
    int saidPartEnd(TextModel.Sentence s, int from) {
        if (english) {
            for (int k = from; k < s.endToken() - 1; k++) if (model.token(k).isPunct(';') && !model.token(k).quoted()) return model.token(k).begin();
        }
        return contentEndOf(s);
    }

    /**
     * "grew thanks to a big win", "thanks in part to": "thanks to" is a preposition, with at most an adverb or "in part"
     * between; the verb "thank" takes its object first.
     */
    boolean prepositionThanksTo(int i, int e) {
        if (!model.token(i).is("thanks")) return false;
        for (int k = i + 1; k < e && k <= i + 3; k++) {
            Token x = model.token(k);
            if (x.is("to")) return true;
            // "thanks in part to", "thanks largely to"; "thanks voters to ..." is no preposition
            if (!x.is("in") && !x.is("part") && !x.lower().endsWith("ly")) return false;
        }
        return false;
    }

    /** "without confirming or denying that ...": a participle under "without" says the act did not happen. */
    boolean withoutDoing(int cue, int f) {
        if (!model.token(cue).lower().endsWith("ing")) return false;
        int k = cue - 1;
        // "without confirming or denying": the second participle of a pair shares the first's "without"
        if (k - 2 >= f && (model.token(k).is("or") || model.token(k).is("and") || model.token(k).is("nor")) && model.token(k - 1).lower().endsWith("ing")) k -= 2;
        return k >= f && model.token(k).is("without");
    }

    /** The "that" opening a clause behind the verb at i, at most one object between ("told reporters that", "assured them that"); or -1. */
    int thatAfter(int i, int e) {
        int that = i + 1;
        while (that < e && that <= i + 2 && objectWord(model.token(that))) that++;
        if (that + 1 >= e || !model.token(that).is("that") || model.token(that).quoted()) return -1;
        Token next = model.token(that + 1);
        // "saying that as president he would ...": a preposition or subordinator after "that" opens a clause's adjunct, "that" determines no noun
        return next.word() && (CLAUSE_SUBJECTS_EN.contains(next.lower()) || next.capitalised() || Character.isDigit(next.text().charAt(0))
                || NounPhrases.PREPOSITIONS.contains(next.lower()) || SUBORDINATORS_EN.contains(next.lower())) ? that : -1;
    }

    /**
     * "the message that", "battleground states", "it is surprising that": a form that can be a noun
     * is a verb only where the word before it does not make it one (a determiner, number,
     * preposition, adjective, singular noun or verb before it does), and an adjective reading after
     * "it ... is" is no verb at all.
     */
    boolean plausibleVerb(Token t, Token before, int i) {
        Morphology.Analysis a = morph.english(t.lower());
        if (a.has(Morphology.ADJECTIVE)) {
            for (int k = Math.max(0, i - 3); k < i; k++) if (model.token(k).is("it") || model.token(k).lower().startsWith("it'") || model.token(k).lower().startsWith("it’")) return false;
        }
        if (!a.has(Morphology.NOUN) || t.lower().endsWith("ed")) return true;
        // "there were signs that": after a form of "be" only a participle is a verb
        if (PROGRESSIVE.contains(before.lower()) && !before.is("not")) return t.lower().endsWith("ing");
        // "in sales and support": a form coordinated with a noun that is no verb is a noun too
        if (english && (before.is("and") || before.is("or")) && i >= 2 && nounOnly(model.token(i - 2))) return false;
        return !nounContext(before);
    }

    /**
     * "On his weekly radio show, ...", "Speaking on a radio show, ...": a form the word before makes a noun, right before
     * the comma that closes a phrase opening the sentence with a preposition or a participle, ends that phrase; the
     * clause's verb comes behind the comma. Listed forms are taken as verbs elsewhere, where PolNeAR mostly agrees.
     */
    boolean closesFrontedPhrase(Token t, int i, int first, int end) {
        if (i == first || i + 1 >= end || !model.token(i + 1).isPunct(',') || plausibleVerb(t, model.token(i - 1), i)) return false;
        Token opening = model.token(first);
        return NounPhrases.PREPOSITIONS.contains(opening.lower()) || opening.lower().endsWith("ing");
    }

    private boolean nounContext(Token b) {
        if (!b.word()) return !(b.isPunct(',') || b.isPunct(';') || b.isPunct(':') || isQuoteMark(b));
        if (b.possessive() || Character.isDigit(b.text().charAt(0)) || ENGLISH_NOUN_MARKERS.contains(b.lower())) return true;
        if (b.is("to") || b.capitalised() || NounPhrases.PRONOUNS_EN.contains(b.lower()) || b.lower().endsWith("n't")) return false;
        if (NounPhrases.PREPOSITIONS.contains(b.lower())) return true;
        // "can support the bill", "may favor it": an auxiliary that the dictionary also reads as a noun ("a can") governs a verb
        if (FINITE_AUXILIARIES_EN.contains(b.lower())) return false;
        Morphology.Analysis before = morph.english(b.lower());
        if (lex.isStop(b.lower(), true) || b.lower().endsWith("ly")) return false;
        // "battleground states", "open question": a singular noun or an adjective modifies it; "officials urge" is a plural subject
        return before.has(Morphology.ADJECTIVE) && !before.has(Morphology.NOUN) || before.has(Morphology.NOUN) && !b.lower().endsWith("s");
    }

    /**
     * "refused to resign", "declined to approve the merger": the infinitive behind the verb of refusing is no verb of saying
     * or making known (an adverb before it left aside: "declined to publicly comment"), so what is refused is an act.
     */
    boolean refusesAnAct(int to, int end) {
        int verb = to + 1;
        while (verb < end && model.token(verb).lower().endsWith("ly")) verb++;
        return verb < end && model.token(verb).word() && !WITHHELD_SPEECH_EN.contains(model.token(verb).lower());
    }

    boolean aspectual(Token t) {
        String lemma = morph.englishVerbLemma(t.lower());
        return ASPECTUAL_EN.contains(lemma == null ? t.lower() : lemma);
    }

    boolean commonNoun(Token x) {
        return x.word() && !x.capitalised() && !x.quoted() && morph.english(x.lower()).has(Morphology.NOUN);
    }

    private boolean nounOnly(Token x) {
        if (!x.word() || x.capitalised() || x.quoted()) return false;
        Morphology.Analysis a = morph.english(x.lower());
        return a.has(Morphology.NOUN) && !a.has(Morphology.VERB);
    }

    private boolean objectWord(Token x) {
        if (!x.word() || x.quoted() || x.is("that")) return false;
        return OBJECT_PRONOUNS_EN.contains(x.lower()) || x.capitalised() && !lex.isStop(x.lower(), true)
                || !lex.isStop(x.lower(), true) && morph.english(x.lower()).has(Morphology.NOUN) && !morph.english(x.lower()).has(Morphology.VERB);
    }

    /** "It also mentions", "it said": "it" right before the verb (an adverb or auxiliary between) is its subject, a report or an organisation; its index or -1. */
    int itBefore(int cue, int f) {
        for (int k = cue - 1; k >= f && k >= cue - 2; k--) {
            Token x = model.token(k);
            if (x.is("it")) return k;
            if (!x.word() || x.quoted() || !(x.lower().endsWith("ly") || x.is("also") || x.is("has") || x.is("had") || x.is("would") || x.is("will"))) return -1;
        }
        return -1;
    }

    /**
     * "Massachusetts and Vermont, states that vote", "both states", "earlier states": a form that reads both as a plural noun
     * and as a third-person verb is a verb only where a singular subject can end right before it: a pronoun or relative that
     * can be one ("it states that"), a name that no dictionary reads as an adjective, or an adverb ("Reed also tweets").
     */
    boolean pluralNounNotVerb(Token t, int i) {
        Morphology.Analysis a = morph.english(t.lower());
        if (i == 0 || !a.has(Morphology.PLURAL_NOUN) || !a.has(Morphology.THIRD_PRESENT)) return false;
        // "questions about", "attacks on", "charges against": a noun with the topic of what was said, which PolNeAR annotates as a nominal cue
        if (i + 1 < model.tokens.size() && NOMINAL_TOPIC_PREPOSITIONS_EN.contains(model.token(i + 1).lower())) return false;
        Token b = model.token(i - 1);
        if (!b.word() || b.quoted()) return true;
        if (SINGULAR_SUBJECTS_EN.contains(b.lower())) return false;
        Morphology.Analysis before = morph.english(b.lower());
        if (b.capitalised()) return before.has(Morphology.ADJECTIVE) && !before.has(Morphology.PROPER);
        return !(before.has(Morphology.ADVERB) && !before.has(Morphology.ADJECTIVE));
    }

    /** "support teams": a common noun right behind makes the form the first part of a compound. */
    boolean nounFollows(int i) {
        if (i < 0 || i + 1 >= model.tokens.size()) return false;
        Token next = model.token(i + 1);
        return next.word() && !next.capitalised() && !lex.isStop(next.lower(), true) && morph.english(next.lower()).has(Morphology.NOUN);
    }

    /**
     * "Trump posted a series of tweets Friday, saying that ...": a present participle that is no
     * progressive ("is saying") opens a clause without a subject of its own; the main clause's
     * subject speaks, not the object next to the participle.
     */
    boolean participleClause(TextModel.Sentence s, int cue) {
        if (cue <= s.firstToken() + 1 || !model.token(cue).lower().endsWith("ing")) return false;
        Token before = model.token(cue - 1);
        return !PROGRESSIVE.contains(before.lower()) && !(before.word() && before.lower().endsWith("n't"));
    }
}
