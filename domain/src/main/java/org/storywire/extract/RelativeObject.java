package org.storywire.extract;

import java.util.Set;

/**
 * "the allegations, which he has denied", "a president whom she mentioned later": the object of an English reporting
 * verb is a relative pronoun before its subject, and what was said (denied, mentioned) is the pronoun, standing for its
 * antecedent, not the words behind the verb (PolNeAR gives the pronoun as the content). A verb with a complement of its
 * own ("which he said was wrong", "which she called a mistake", "which he promised to repeal") is not of this form.
 */
final class RelativeObject {
    private static final Set<String> PRONOUNS = Set.of("which", "whom", "who");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but");
    /** "mentioned later in his speech": adverbs of time that end a verb without an object. */
    private static final Set<String> TIME_ADVERBS = Set.of("later", "earlier", "recently", "again", "then", "before", "since", "too", "also");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
            "our", "my", "your", "another", "some", "any", "each", "every");
    /** "the full details of the allegations": the antecedent is read back this many words at most. */
    private static final int ANTECEDENT_WORDS = 4;

    private final TextModel model;

    RelativeObject(TextModel model) {
        this.model = model;
    }

    /**
     * The relative pronoun and the start of its antecedent, as token indices {pronoun, antecedent}, or null when the
     * verb's subject does not follow an object pronoun.
     */
    int[] antecedent(NounPhrase subject, int verbEnd, TextModel.Sentence s) {
        int pronoun = subject.first() - 1;
        if (pronoun <= s.firstToken() || subject.end() > verbEnd) return null;
        Token p = model.token(pronoun);
        if (p.quoted() || !PRONOUNS.contains(p.lower()) || !noComplement(verbEnd + 1, s.endToken()) || quotedBehind(verbEnd + 1, s.endToken())) return null;
        // "in which he declares", "about whom she wrote": the pronoun is the preposition's object, not the verb's
        if (NounPhrases.PREPOSITIONS.contains(model.token(pronoun - 1).lower())) return null;
        int last = model.token(pronoun - 1).isPunct(',') ? pronoun - 2 : pronoun - 1;
        if (last < s.firstToken() || !model.token(last).word() || model.token(last).quoted()) return null;
        // the noun phrase opens at its determiner ("the full details"), else the noun alone stands for it
        int first = last;
        for (int k = last; k >= s.firstToken() && k > last - ANTECEDENT_WORDS && model.token(k).word() && !model.token(k).quoted(); k--) {
            if (DETERMINERS.contains(model.token(k).lower())) { first = k; break; }
        }
        return new int[] {pronoun, first};
    }

    /** "which he described as “an open door”": a quotation behind the verb in its clause is what was said. */
    private boolean quotedBehind(int next, int e) {
        for (int k = next; k < e && !model.token(k).isPunct(','); k++) if (model.token(k).quoted()) return true;
        return false;
    }

    /** Nothing the verb governs follows it: the clause ends, or a conjunction, preposition, subordinator or time adverb follows. */
    private boolean noComplement(int next, int e) {
        if (next >= e) return true;
        Token x = model.token(next);
        if (x.quoted() || NounPhrases.isQuoteMark(x)) return false;
        // "which she thought (wrongly) that ...": a colon or an opening bracket leads on to the complement
        if (!x.word()) return !x.isPunct(':') && !x.text().equals("(");
        String w = x.lower();
        // "to" behind the verb opens an infinitive, its complement
        return CONJUNCTIONS.contains(w) || NounPhrases.PREPOSITIONS.contains(w) && !w.equals("to") || CueFinder.SUBORDINATORS_EN.contains(w)
                || TIME_ADVERBS.contains(w) || Propositions.weekday(w) || w.endsWith("ly") && !x.capitalised();
    }
}
