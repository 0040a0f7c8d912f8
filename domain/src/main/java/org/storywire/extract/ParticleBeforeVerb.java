package org.storywire.extract;

import java.util.Set;

/**
 * "Von einer „gezielten Kampagne“ sprach der Abgeordnete", "Die Gewerkschaft hatte von einem „Fehler“ gesprochen": the
 * phrase a German cue takes with its preposition ("sprach von") stands before the verb when it opens the sentence in
 * the Vorfeld, or when the verb is a participle closing its clause. Behind the verb the preposition is found as before.
 */
final class ParticleBeforeVerb {
    /**
     * "sprach von", "schwieg zu": the prepositions of a topic. "mit den Worten zitiert" is left to the quoting frame
     * ({@link QuotingSource}), which reads it with its object.
     */
    private static final Set<String> TOPICS = Set.of("von", "zu", "zum", "zur");
    /** "hat ... von X gesprochen": the perfect active; "wurde von X gesprochen" is a passive whose "von" is the agent. */
    private static final Set<String> HABEN = Set.of("hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten");
    /** "Von Anfang an sprach er", "Von Berlin aus sprach sie": a "von" phrase closed by "an" or "aus" tells when or where. */
    private static final Set<String> CLOSING_ADVERBS = Set.of("an", "aus", "her");
    /** A participle's clause: how far before it the preposition may stand. */
    private static final int REACH = 14;
    private final TextModel model;
    private final Morphology morph;

    ParticleBeforeVerb(TextModel model, Morphology morph) {
        this.model = model;
        this.morph = morph;
    }

    /** The preposition {@code particle} of the cue at {@code verb} standing before it in its clause, or -1. */
    int at(String particle, int verb, int first) {
        if (!TOPICS.contains(particle)) return -1;
        boolean participle = morph.german(model.token(verb).lower()).has(Morphology.PARTICIPLE);
        for (int k = verb - 1; k >= first && verb - k <= REACH; k--) {
            Token x = model.token(k);
            if (x.quoted()) continue;
            if (!x.word()) return -1;
            if (!x.is(particle)) continue;
            // a phrase opening the sentence before the finite verb, or one inside the clause a participle closes
            if (k != first && !participle || participle && !perfectBefore(first, verb)) return -1;
            return k + 1 < verb && !CLOSING_ADVERBS.contains(model.token(verb - 1).lower()) ? k : -1;
        }
        return -1;
    }

    /**
     * What the cue at {@code verb} speaks of, the phrase from the preposition at {@code particle} to the verb, as
     * {begin, end} offsets: the quotation alone when the phrase is only a quotation behind its article ("von einer
     * „gezielten Kampagne“"), the words the speaker used.
     */
    int[] phrase(int particle, int verb) {
        int k = particle + 1;
        if (k < verb && NounPhrases.OBLIQUE_ARTICLES.contains(model.token(k).lower())) k++;
        int[] q = k < verb ? model.quoteAt(model.token(k).begin()) : null;
        if (q != null && q[0] == model.token(k).begin() && q[1] == model.token(verb - 1).end()) return q;
        return new int[] {model.token(particle).begin(), model.token(verb - 1).end()};
    }

    private boolean perfectBefore(int first, int verb) {
        for (int k = first; k < verb; k++) if (HABEN.contains(model.token(k).lower()) && !model.token(k).quoted()) return true;
        return false;
    }
}
