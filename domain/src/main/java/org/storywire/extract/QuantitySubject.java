package org.storywire.extract;

import java.util.Set;

/**
 * "About four in 10 voters said", "three-quarters said", "half of the members say", "a majority of delegates
 * support": a poll's share or a count opening the clause right before an English reporting verb is its subject,
 * though no noun phrase of people heads it (the quotation corpora give the whole phrase as the speaker). Shares in
 * "percent" anywhere before the verb are SpeakerFinder's; this reads the counts and fractions that open a clause.
 */
final class QuantitySubject {
    private static final Set<String> APPROXIMATORS = Set.of("about", "nearly", "almost", "roughly", "only", "just", "over", "around",
            "approximately", "some");
    /** "more than", "at least": the first word of a two-word approximator with its second. */
    private static final Set<String> COMPARATIVES = Set.of("more", "fewer", "less");
    private static final Set<String> QUANTITIES = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "half", "third", "quarter", "fifth", "thirds", "quarters", "fifths", "majority", "plurality", "most", "many", "several");
    private static final Set<String> BE = Set.of("is", "are", "was", "were");
    /** Words that open a clause inside the sentence: the share stands right behind one. */
    private static final Set<String> OPENERS = Set.of("and", "but", "while", "whereas", "that");
    /** The share and its noun ("about two-thirds of Republican primary voters in five states") have this many tokens at most. */
    private static final int MAX_TOKENS = 14;

    private final TextModel model;

    QuantitySubject(TextModel model) {
        this.model = model;
    }

    /** The share that opens the clause of the verb at {@code cue}, or null. */
    NounPhrase before(TextModel.Sentence s, int cue) {
        // "Zimmerman, 32, noted": an age set off by commas is no share
        if (cue <= s.firstToken() || !model.token(cue - 1).word() && !model.token(cue - 1).isPunct('%')) return null;
        int c = cue - 1;
        while (c > s.firstToken() && cue - c <= MAX_TOKENS && model.token(c - 1).word() && !model.token(c - 1).quoted()
                && !OPENERS.contains(model.token(c - 1).lower())) c--;
        if (cue - c > MAX_TOKENS || c >= cue) return null;
        if (c > s.firstToken() && !boundary(model.token(c - 1))) return null;
        int k = c;
        if (model.token(k).is("a") || model.token(k).is("an")) k++;
        if (k + 1 < cue && (COMPARATIVES.contains(model.token(k).lower()) && model.token(k + 1).is("than")
                || model.token(k).is("at") && model.token(k + 1).is("least"))) k += 2;
        else if (APPROXIMATORS.contains(model.token(k).lower())) k++;
        if (k >= cue || !quantity(model.token(k))) return null;
        int end = cue;
        // "strongly oppose", "have said": adverbs and auxiliaries before the verb are no part of the share
        while (end - 1 > k && (CueFinder.FINITE_AUXILIARIES_EN.contains(model.token(end - 1).lower()) || adverb(model.token(end - 1)))) end--;
        // "one of the hardest things is to ...": a verb inside makes the words a clause, not the share
        for (int j = k + 1; j < end; j++) if (BE.contains(model.token(j).lower())) return null;
        return new NounPhrase(c, end, false, false);
    }

    private static boolean boundary(Token before) {
        return before.isPunct(',') || before.isPunct(';') || before.isPunct(':') || OPENERS.contains(before.lower());
    }

    /** "10", "four", "half", "two-thirds", "majority". */
    private static boolean quantity(Token t) {
        String w = t.lower();
        if (t.word() && Character.isDigit(w.charAt(0))) return true;
        int dash = w.lastIndexOf('-');
        return QUANTITIES.contains(dash > 0 ? w.substring(dash + 1) : w);
    }

    private static boolean adverb(Token t) {
        String w = t.lower();
        return t.word() && (w.endsWith("ly") && w.length() > 4 || w.equals("also") || w.equals("still") || w.equals("now") || w.equals("not"));
    }
}
