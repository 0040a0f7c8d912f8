package org.storywire.extract;

import java.util.List;
import java.util.Set;
import org.storywire.analyse.EnglishDictionary;

/**
 * "Senator Cole, who has long argued that ...", "Reed, who on Tuesday endorsed the plan", "Hale, who campaigned on
 * taxes and promised ...": an English relative pronoun is the subject of a reporting verb in its clause. Between the
 * pronoun and the verb stand only auxiliaries, adverbs and prepositional or time phrases, a parenthesis right behind
 * the pronoun ("who, in a letter, warned"), a verb phrase coordinated with the verb's ("... and promised"), or a few
 * lower-case words ("who has made favourable comments"). Any other word before the verb ends the search: the verb then has a subject of its own ("which critics said") or stands
 * behind the relative clause ("voters who went to the polls said").
 */
final class EnglishRelativeSubject {
    private static final Set<String> PRONOUNS = Set.of("who", "which");
    /** Any lower-case words may stand between pronoun and verb when they are this few. */
    private static final int NEAR = 4;
    /** The verb is looked for this many tokens behind the pronoun at most. */
    private static final int GAP = 14;
    /** "who want to close the quay": a restrictive relative clause before the main verb, in tokens at most. */
    private static final int RELATIVE_CLAUSE = 10;
    /** Words that open a clause of their own inside a relative clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "what", "whether", "how", "why", "where", "when", "whom", "whose");
    /** "on a press call Friday": a prepositional phrase this many words long at most. */
    private static final int PHRASE_WORDS = 5;
    private static final Set<String> ADVERBS = Set.of("also", "once", "again", "already", "long", "never", "not", "still", "just",
            "even", "first", "later", "earlier", "then", "often", "since", "now", "both", "either", "himself", "herself", "themselves", "itself");
    /** "who last week said": a time noun behind one of these is an adverbial phrase. */
    private static final Set<String> TIME_DETERMINERS = Set.of("last", "this", "next", "each", "every", "earlier", "later");
    /** "those who said", "others who warned": pronouns that take a restrictive relative clause. */
    private static final Set<String> RESTRICTED_PRONOUNS = Set.of("those", "others", "anyone", "everyone", "someone");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "his", "her", "their", "its",
            "our", "my", "your");

    private final TextModel model;
    private final Morphology morph;
    private final Lexicons lex;

    EnglishRelativeSubject(TextModel model, Morphology morph, Lexicons lex) {
        this.model = model;
        this.morph = morph;
        this.lex = lex;
    }

    /** The index of the relative pronoun that is the subject of the verb at {@code cue}, or -1; {@code f} is the sentence's first token. */
    int pronounBefore(int cue, int f) {
        boolean coordinated = false;
        boolean loose = false;
        int k = cue - 1;
        while (k > f && cue - k <= GAP) {
            Token x = model.token(k);
            if (loose && cue - k > NEAR) return -1;
            if (relative(x)) return opensSubjectClause(k, cue) && antecedentBefore(k) ? k : -1;
            if (x.quoted()) return -1;
            if (x.isPunct(',')) {
                // "who, in a statement on Friday, warned": a parenthesis opened right behind the pronoun
                k = parenthesisOpening(k, f);
                continue;
            }
            if (!x.word() || NounPhrases.PRONOUNS_EN.contains(x.lower()) || x.is("it")) return -1;
            // "who said ... and added": a reporting verb before the conjunction shares the pronoun; one before the verb
            // itself heads another clause ("which he is said to have written")
            if (!coordinated && lex.cuesEn.containsKey(x.lower())) return -1;
            if (x.is("and") || x.is("or")) coordinated = true;
            if (coordinated || auxiliaryOrAdverb(x)) {
                k--;
                continue;
            }
            int phrase = phraseOpening(k, f);
            if (phrase >= 0) {
                k = phrase - 1;
                continue;
            }
            // "who has made favourable comments", "who was reluctant to endorse": close to the verb any small word, but
            // no finite verb of its own ("Democrats who watched the debate said": the pronoun is the subject of "watched")
            if (cue - k > NEAR || x.capitalised() || finiteVerbOnly(x)) return -1;
            loose = true;
            k--;
        }
        return -1;
    }

    /**
     * "Pilots who want to close the quay said ...", "others who live near the port warned ...": the phrase found as the
     * subject of the verb at {@code cue} stands inside a restrictive relative clause (the object of its verb or preposition),
     * so the verb, finite and right behind the phrase, is the main clause's and its subject the antecedent of "who". Returns
     * the index of that "who", or -1. A phrase right behind a reporting verb ("officials who said the mayor warned") is that
     * verb's said clause, not an object.
     */
    int restrictiveClauseAround(NounPhrase phrase, int cue, int f) {
        int first = phrase.first();
        if (first - 1 <= f || NounPhrases.PRONOUNS_EN.contains(model.token(first).lower()) || model.token(cue).lower().endsWith("ing")) return -1;
        // "... said", "... now wants", "..., said": the main verb right behind the phrase, an adverb or the comma closing an apposition between
        for (int k = phrase.end(); k < cue; k++) {
            Token x = model.token(k);
            if (!x.isPunct(',') && !ADVERBS.contains(x.lower()) && !x.lower().endsWith("ly")) return -1;
        }
        Token before = model.token(first - 1);
        if (!before.word() || before.quoted() || takesSaidClause(before)) return -1;
        for (int k = first - 1; k > f && first - k <= RELATIVE_CLAUSE; k--) {
            Token x = model.token(k);
            if (!x.word() || x.quoted()) return -1;
            if (x.lower().equals("who")) {
                Token antecedent = model.token(k - 1);
                return k + 1 < first && antecedent.word() && !NounPhrases.PREPOSITIONS.contains(antecedent.lower()) && antecedentBefore(k) ? k : -1;
            }
            // "who asked Obama what he thought", "the ones who founded programs that are": a clause inside the relative clause
            if (NounPhrases.PRONOUNS_EN.contains(x.lower()) || CLAUSE_OPENERS.contains(x.lower()) || CueFinder.SUBORDINATORS_EN.contains(x.lower())) return -1;
        }
        return -1;
    }

    /**
     * "officials who said the mayor warned": a verb of saying before the phrase takes it with the verb behind as its said
     * clause. A listed verb of attitude ("who oppose the tax said", "who praised the plan said") takes the phrase as its
     * object, and the verb behind is the main clause's.
     */
    private boolean takesSaidClause(Token verb) {
        List<Lexicons.Cue> cues = lex.cuesEn.get(verb.lower());
        return cues != null && cues.stream().anyMatch(c -> c.cls().equals("COMMENT") && c.particle() == null);
    }

    private static boolean relative(Token x) {
        return PRONOUNS.contains(x.lower()) || x.lower().startsWith("who’") || x.lower().startsWith("who'");
    }

    /** "critics", "the union", "he", "Reed" right behind the pronoun are the clause's own subject: the pronoun is its object. */
    private boolean opensSubjectClause(int pronoun, int cue) {
        int next = pronoun + 1;
        if (model.token(next).isPunct(',')) {
            while (next < cue && !model.token(next + 1).isPunct(',')) next++;
            next += 2;
        }
        if (next >= cue) return true;
        Token x = model.token(next);
        if (auxiliaryOrAdverb(x) || NounPhrases.PREPOSITIONS.contains(x.lower())) return true;
        if (!x.word() || x.capitalised() || DETERMINERS.contains(x.lower()) || NounPhrases.PRONOUNS_EN.contains(x.lower()) || x.is("it")) return false;
        Morphology.Analysis a = morph.english(x.lower());
        return !(a.has(Morphology.NOUN) && !a.has(Morphology.VERB) && !a.has(Morphology.ADJECTIVE));
    }

    /**
     * ", who", "- who", "(who": a non-restrictive clause; without punctuation "who" right behind a noun or "those" opens a
     * restrictive one ("voters who said"), while behind a verb it asks ("asked who wrote it") and is nobody's subject.
     */
    private boolean antecedentBefore(int pronoun) {
        Token before = model.token(pronoun - 1);
        if (before.isPunct(',') || before.isPunct('(') || dash(before)) return true;
        if (!model.token(pronoun).lower().startsWith("who") || !before.word() || before.quoted()) return false;
        if (RESTRICTED_PRONOUNS.contains(before.lower()) || NounPhrases.QUANTIFIERS_EN.contains(before.lower())) return true;
        if (lex.isStop(before.lower(), true)) return false;
        return before.capitalised() || nounOnly(before);
    }

    /** "watched", "opposes": a form the dictionary reads as a finite verb and as no noun or adjective. */
    private boolean finiteVerbOnly(Token x) {
        if (lex.isStop(x.lower(), true) || !EnglishDictionary.isFiniteVerb(x.lower())) return false;
        Morphology.Analysis a = morph.english(x.lower());
        return !a.has(Morphology.NOUN) && !a.has(Morphology.ADJECTIVE);
    }

    private boolean nounOnly(Token x) {
        if (lex.isStop(x.lower(), true)) return false;
        Morphology.Analysis a = morph.english(x.lower());
        return a.has(Morphology.NOUN) && !a.has(Morphology.VERB);
    }

    private static boolean dash(Token t) {
        return !t.word() && (t.text().equals("-") || t.text().equals("–") || t.text().equals("—"));
    }

    /** The comma's partner, when the two enclose a parenthesis right behind a relative pronoun: that pronoun's index, or -1. */
    private int parenthesisOpening(int comma, int f) {
        for (int k = comma - 1; k > f && comma - k <= GAP; k--) {
            Token x = model.token(k);
            if (x.quoted()) return -1;
            if (x.isPunct(',')) return k - 1 > f && relative(model.token(k - 1)) ? k - 1 : -1;
        }
        return -1;
    }

    private boolean auxiliaryOrAdverb(Token x) {
        String w = x.lower();
        return CueFinder.FINITE_AUXILIARIES_EN.contains(w) || w.equals("been") || w.equals("be") || ADVERBS.contains(w)
                || w.endsWith("ly") && w.length() > 4 && !x.capitalised();
    }

    /**
     * The preposition or time word that opens a phrase ending at {@code end} ("in the past", "on Tuesday", "last week"),
     * or -1 when the words there are no such phrase.
     */
    private int phraseOpening(int end, int f) {
        for (int k = end; k > f && end - k < PHRASE_WORDS; k--) {
            Token x = model.token(k);
            if (!x.word() || x.quoted() || relative(x) || CueFinder.FINITE_AUXILIARIES_EN.contains(x.lower())) return -1;
            if (NounPhrases.PREPOSITIONS.contains(x.lower())) return k < end ? k : -1;
            if (TIME_DETERMINERS.contains(x.lower()) && k < end) return k;
        }
        return -1;
    }
}
