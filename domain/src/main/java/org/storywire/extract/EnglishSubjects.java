package org.storywire.extract;

import static org.storywire.extract.SpeakerFinder.AUXILIARIES;

import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * English subject shapes the nearest-phrase search of {@link SpeakerFinder} misreads: a passive's by-agent, the
 * subject of an "as"/"after" clause, a poll's share, a quantified group, a headline's bare noun, a subject inverted
 * behind its verb, and the phrase before an apposition; and whether a verb after a comma inverts at all.
 */
final class EnglishSubjects extends ExtractionStep {
    private static final Set<String> PARENTHETICAL_OPENERS = Lexicon.words("parenthetical-openers-en.txt");
    private static final Set<String> ADDRESSEE_VERBS_EN = Lexicon.words("addressee-verbs-en.txt");
    private static final Set<String> QUOTATIVE_VERBS_EN = Lexicon.words("quotative-verbs-en.txt");
    private static final Set<String> GROUP_QUANTIFIERS_EN = Lexicon.words("group-quantifiers-en.txt");
    /** A lower-case agent runs a few words ("some of his rivals"); further on, the clause has moved on. */
    private static final int PASSIVE_AGENT_WORDS = 6;
    /** "as Politico first reported", "as she has often said": at most two words between the subject and its verb. */
    private static final int AS_CLAUSE_ADVERBS = 2;
    /** Words that are prepositions or open a clause: "after the vote", "after Reed said". */
    private static final Set<String> CLAUSE_PREPOSITIONS_EN = Set.of("as", "after", "before", "since", "until");
    /** "27 percent of those who named a candidate said": a share's "of" phrase is short. */
    private static final int SHARE_PHRASE_WORDS = 10;
    /** "former campaign staffers": modifiers before a bare plural subject, at most. */
    private static final int BARE_MODIFIERS = 3;
    private static final Set<String> PLURAL_DETERMINERS = Set.of("these", "those", "other", "such");

    private final EnglishPassive passive;

    EnglishSubjects(Extraction x) {
        super(x);
        this.passive = new EnglishPassive(x);
    }

    /**
     * Whether the verb right after a comma may be inverted, its subject behind it (", sagte Peskow"):
     * not a verb taking an addressee ("Holm, 54, told MSNBC"), nor an English participle, which opens
     * a clause of its own whose subject is the main clause's ("..., the mayor said, citing the tide").
     */
    boolean invertsAfterComma(int cue, int f) {
        return cue > f && model.token(cue - 1).isPunct(',') && !takesAddressee(cue) && quotative(cue) && !(english && participleAfterComma(cue, f));
    }

    /** ", citing the tide", ", saying that ...", "called it “a disgrace,” saying": a present participle right after a comma, or after a quotation closing on one. */
    boolean participleAfterComma(int cue, int f) {
        return cue > f && model.token(cue).lower().endsWith("ing") && (model.token(cue - 1).isPunct(',') || quotationClosingOnComma(cue - 1));
    }

    private boolean quotationClosingOnComma(int k) {
        Token x = model.token(k);
        if (!isQuoteMark(x) || !x.quoted()) return false;
        int c = x.begin() - 1;
        while (c > 0 && Character.isWhitespace(text.charAt(c))) c--;
        return c >= 0 && text.charAt(c) == ',';
    }

    /**
     * "Sarandon, 69, told MSNBC", "X, founder of Y, assured the fishermen": a verb whose object is
     * the person addressed keeps its subject before it, so the comma before it closes an apposition
     * and the phrase behind it is the addressee. Only right behind a quotation ("asked the mayor")
     * may it invert.
     */
    boolean takesAddressee(int cue) {
        if (!english) return false;
        String lemma = morph.englishVerbLemma(model.token(cue).lower());
        return ADDRESSEE_VERBS_EN.contains(lemma == null ? model.token(cue).lower() : lemma);
    }

    /**
     * "..., said Croft", but "The head of the board, Ada Croft, praised the council": in English only a verb of saying
     * inverts with its subject; any other keeps the subject before it, as {@link #takesAddressee} does, and the phrase
     * behind it is its object, no inverted speaker. German inverts any verb after the said part.
     */
    private boolean quotative(int cue) {
        if (!english) return true;
        String lemma = morph.englishVerbLemma(model.token(cue).lower());
        return QUOTATIVE_VERBS_EN.contains(lemma == null ? model.token(cue).lower() : lemma);
    }

    /**
     * "The plan was first reported by The Harbour Times", "has been criticised by some of his
     * rivals": a passive participle's speaker is its by-agent, not its grammatical subject, which
     * is what was said or whom it was said about. The agent is the noun phrase behind "by", else
     * the words up to the next preposition or punctuation (a lower-case group: "by local papers").
     */
    NounPhrase passiveAgent(TextModel.Sentence s, int cue) {
        if (!passiveParticiple(s, cue)) return null;
        int by = cue + 1;
        if (by + 1 < s.endToken() && model.token(by).word() && model.token(by).lower().endsWith("ly")) by++;
        if (by + 1 >= s.endToken() || !model.token(by).is("by") || model.token(by).quoted()) return null;
        int first = by + 1;
        NounPhrase np = nps.at(first, s.endToken(), first);
        if (np == null) {
            int k = first;
            while (k < s.endToken() && k - first < PASSIVE_AGENT_WORDS && model.token(k).word() && !model.token(k).quoted()
                    && (k == first || model.token(k).is("of") || !NounPhrases.PREPOSITIONS.contains(model.token(k).lower()))) k++;
            np = k > first ? new NounPhrase(first, k, false, model.token(k - 1).capitalised()) : null;
        }
        return np != null && nps.agentive(np) ? np : null;
    }

    /**
     * "As The Harbour Times reported, ...", "as she noted", "after Ada Voss said ...": "as", "after", "before", "since"
     * or "until" opens a clause here, no prepositional phrase, and the phrase between it and the cue (adverbs and
     * auxiliaries aside) is the cue's subject.
     */
    NounPhrase asClauseSubject(TextModel.Sentence s, int cue) {
        for (int k = cue - 1; k > s.firstToken() && cue - k <= SUBJECT_WINDOW / 4; k--) {
            if (!CLAUSE_PREPOSITIONS_EN.contains(model.token(k - 1).lower())) continue;
            NounPhrase np = nps.at(k, cue, k);
            if (np != null && cue - np.end() <= AS_CLAUSE_ADVERBS && adverbsOnly(np.end(), cue) && nps.agentive(np)) return np;
        }
        return null;
    }

    /**
     * "Sixty-six percent said", "16 percent of registered voters still say": in a poll the share
     * is the subject, a number phrase no name or role finder takes; without it the pronoun of the
     * said clause behind the verb wins. The phrase runs from the number (a word before it such as
     * "only" aside) over "percent" and its "of" phrase up to the verb, adverbs between aside.
     */
    NounPhrase shareSubject(TextModel.Sentence s, int cue) {
        for (int k = cue - 1; k > s.firstToken() && cue - k <= SHARE_PHRASE_WORDS; k--) {
            Token x = model.token(k);
            if (!x.word() || x.quoted()) return null;
            if (!x.is("percent")) continue;
            int end = k + 1;
            if (end < cue && model.token(end).is("of")) {
                while (end < cue && model.token(end).word() && !model.token(end).quoted() && !AUXILIARIES.contains(model.token(end).lower())
                        && !model.token(end).lower().endsWith("ly")) end++;
            }
            if (!adverbsOnly(end, cue) || cue - end > AS_CLAUSE_ADVERBS) return null;
            return new NounPhrase(k - 1, end, false, false);
        }
        return null;
    }

    /**
     * "Carmaker weighs bid for rival, report says", "Study finds ...": headlines drop the article, so a lower-case
     * noun alone between a comma (or the sentence's start) and the cue is its subject, not the name before the comma.
     */
    NounPhrase bareNounSubject(TextModel.Sentence s, int cue) {
        int k = cue - 1;
        if (k < s.firstToken()) return null;
        Token x = model.token(k);
        if (!x.word() || x.quoted() || x.capitalised() && k > s.firstToken()) return null;
        if (k > s.firstToken() && !model.token(k - 1).isPunct(',')) return null;
        String lower = x.lower();
        if (NounPhrases.PRONOUNS_EN.contains(lower) || nps.at(k, cue, k) != null) return null;
        Morphology.Analysis a = morph.english(lower);
        if (!a.has(Morphology.NOUN) || a.has(Morphology.ADJECTIVE)) return null;
        return new NounPhrase(k, cue, false, false);
    }

    /**
     * "Harbour to close, says council", "Ferry will stop, said police.": behind a verb inverted after the said part's
     * comma, lower-case nouns without an article that close the sentence are its subject, which the name before the
     * comma is not. Only one comma: in "Mining firms, including X, declared bankruptcy" the comma closes an
     * apposition, and the noun behind the verb is its object.
     */
    NounPhrase invertedBareSubject(TextModel.Sentence s, int cue) {
        if (!invertsAfterComma(cue, s.firstToken()) || nps.at(cue + 1, s.endToken(), s.firstToken()) != null) return null;
        for (int k = s.firstToken(); k < cue - 1; k++) if (model.token(k).isPunct(',')) return null;
        int end = cue + 1;
        int head = -1;
        while (end < s.endToken() && end - cue <= 3 && model.token(end).word() && !model.token(end).quoted() && !model.token(end).capitalised()) {
            Morphology.Analysis a = morph.english(model.token(end).lower());
            if (NounPhrases.PRONOUNS_EN.contains(model.token(end).lower()) || lex.englishStop.contains(model.token(end).lower())) return null;
            if (a.has(Morphology.NOUN)) head = end;
            else if (!a.has(Morphology.ADJECTIVE)) return null;
            end++;
        }
        for (int k = end; k < s.endToken(); k++) if (model.token(k).word()) return null;
        if (head != end - 1) return null;
        NounPhrase np = new NounPhrase(cue + 1, end, false, false);
        return nps.agentive(np) ? np : null;
    }

    /**
     * "Some campaign staffers said", "and many of the fishermen in Velgrad have complained": a
     * quantifier opening the clause heads a group no name or role finder reads; without it the
     * pronoun of the said clause behind the verb wins. The group runs from the quantifier up to
     * an auxiliary or adverb before the verb, an "of" phrase (names too) included.
     */
    NounPhrase groupSubject(TextModel.Sentence s, int cue) {
        for (int k = cue - 1; k >= s.firstToken() && cue - k <= SHARE_PHRASE_WORDS; k--) {
            Token x = model.token(k);
            if (!x.word() || x.quoted()) return null;
            if (!GROUP_QUANTIFIERS_EN.contains(x.lower()) || !opensClauseAt(k, s)) continue;
            int end = k + 1;
            // "Some paper records that Linick questioned": the verb belongs to a relative clause, the group is its object
            for (int r = end; r < cue; r++) if (model.token(r).is("that") || PARENTHETICAL_OPENERS.contains(model.token(r).lower())) return null;
            while (end < cue && !AUXILIARIES.contains(model.token(end).lower()) && !model.token(end).lower().endsWith("ly")
                    && !NounPhrases.PRONOUNS_EN.contains(model.token(end).lower())) end++;
            return adverbsOnly(end, cue) && cue - end <= AS_CLAUSE_ADVERBS ? new NounPhrase(k, end, false, false) : null;
        }
        return null;
    }

    /**
     * "But opponents say ...", "tech executives say", "Many days, former employees said, ...", "these supporters acknowledge":
     * a plural common noun right before the verb, with lower-case modifiers and no article, opening its clause, heads the
     * verb's subject when no phrase the chunker reads stands there. Behind a verb or preposition it would be an object.
     */
    NounPhrase pluralBareSubject(TextModel.Sentence s, int cue) {
        int head = cue - 1;
        if (head < s.firstToken()) return null;
        Token h = model.token(head);
        if (!h.word() || h.quoted() || h.capitalised() || lex.isStop(h.lower(), true) || !morph.english(h.lower()).has(Morphology.PLURAL_NOUN)) return null;
        int first = head;
        while (first > s.firstToken() && head - first < BARE_MODIFIERS && modifier(model.token(first - 1))) first--;
        if (!opensClauseAt(first, s)) return null;
        NounPhrase np = new NounPhrase(first, cue, false, false);
        return nps.agentive(np) ? np : null;
    }

    /**
     * "former", "harbour", "these": a lower-case word before a plural head that the dictionary reads as an adjective or a
     * noun (not in a past form: "met fishermen"), or a plural determiner.
     */
    private boolean modifier(Token x) {
        if (!x.word() || x.quoted() || x.capitalised() || x.possessive()) return false;
        if (PLURAL_DETERMINERS.contains(x.lower()) || GROUP_QUANTIFIERS_EN.contains(x.lower())) return true;
        if (lex.isStop(x.lower(), true)) return false;
        Morphology.Analysis a = morph.english(x.lower());
        return a.has(Morphology.ADJECTIVE) || a.has(Morphology.NOUN) && !x.lower().endsWith("ed");
    }

    /** A clause opens at the sentence start, after a comma, colon or dash, or after a conjunction ("and many said"). */
    private boolean opensClauseAt(int k, TextModel.Sentence s) {
        if (k == s.firstToken()) return true;
        Token before = model.token(k - 1);
        boolean dash = !before.quoted() && (before.text().equals("-") || before.text().equals("—") || before.text().equals("–"));
        return before.isPunct(',') || before.isPunct(':') || dash || CLAUSE_OPENERS.contains(before.lower());
    }

    /** "first", "recently", "has": lower-case words between a subject and its verb, no noun or pronoun among them. */
    private boolean adverbsOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = model.token(k);
            if (!x.word() || x.quoted() || x.capitalised() || NounPhrases.PRONOUNS_EN.contains(x.lower())) return false;
        }
        return true;
    }

    /** "was reported", "has been repeatedly criticised": a participle after a form of "be", adverbs between. */
    private boolean passiveParticiple(TextModel.Sentence s, int cue) {
        return passive.auxiliary(cue, s.firstToken()) >= 0;
    }

    /** How many words of a verb group may stand between an apposition's closing comma and the cue. */
    private static final int VERB_GROUP = 6;

    /**
     * "Scott Reed, the state's attorney general, said", "President Kim, opening the museum on
     * Saturday, said", "Kim, who chairs the board, said": a stretch set off by commas right before
     * the verb, opened by an article, a participle, a relative pronoun or a preposition, describes
     * the phrase before it, which is the speaker; the nearest phrase inside it is none.
     */
    NounPhrase englishApposition(NounPhrase np, TextModel.Sentence s, int cue) {
        // "Tessaro, the club's owner, could not be reached for comment": the verb group, opened by a finite auxiliary, may
        // stand between the comma and the cue
        int close = cue - 1;
        while (close > s.firstToken() && cue - close < VERB_GROUP && model.token(close).word() && !model.token(close).quoted()) close--;
        if (close < 1 || !model.token(close).isPunct(',') || np.first() >= close) return np;
        if (close < cue - 1 && !CueFinder.FINITE_AUXILIARIES_EN.contains(model.token(close + 1).lower())) return np;
        int open = close - 1;
        while (open > s.firstToken() && cue - open < SUBJECT_WINDOW && !model.token(open).isPunct(',')) {
            Token x = model.token(open);
            if (x.quoted() || !x.word() && !x.isPunct('(') && !x.isPunct(')') && !x.isPunct('-')) return np;
            open--;
        }
        if (open <= s.firstToken() || open + 1 >= close) return np;
        Token first = model.token(open + 1);
        boolean parenthetical = ANY_ARTICLE.contains(first.lower()) || PARENTHETICAL_OPENERS.contains(first.lower())
                || NounPhrases.PREPOSITIONS.contains(first.lower()) || !first.capitalised() && first.lower().endsWith("ing");
        int relative = relativeClauseOpening(open, s, cue);
        if (relative >= 0) open = relative;
        else if (!parenthetical || np.first() <= open) return np;
        if (open <= s.firstToken() || np.first() <= open) return np;
        for (NounPhrase before : nps.subjects(Math.max(s.firstToken(), open - 8), open, s.firstToken())) {
            if (before.end() == open && nps.agentive(before)) return before;
        }
        return np;
    }

    /**
     * "LVB, which runs the city's buses, trams and ferries, said": a relative clause set off before the verb may hold
     * commas of its own (a list); the comma before "who" or "which", at {@code comma} or further back, opens it. That
     * comma, or -1 when the stretch from {@code comma} back holds anything but words and commas before such a pronoun.
     */
    private int relativeClauseOpening(int comma, TextModel.Sentence s, int cue) {
        for (int k = comma; k > s.firstToken() && cue - k < SUBJECT_WINDOW; k--) {
            Token x = model.token(k);
            if (x.quoted() || !x.word() && !x.isPunct(',')) return -1;
            if (opensRelativeClause(k)) return k;
        }
        return -1;
    }

    /** ", who", ", which": the comma at {@code comma} opens an English relative clause. */
    boolean opensRelativeClause(int comma) {
        return model.token(comma).isPunct(',') && (model.token(comma + 1).is("who") || model.token(comma + 1).is("which"));
    }
}
