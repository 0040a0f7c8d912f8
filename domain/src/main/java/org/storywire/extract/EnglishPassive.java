package org.storywire.extract;

import java.util.List;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * An English cue verb in the passive with a by-agent ("The plan was criticised by Hale", "which has been
 * praised by the union"): the agent is the speaker ({@link SpeakerFinder}), the passive subject what was
 * said about, so it is the statement's content, not the words behind the verb.
 */
final class EnglishPassive extends ExtractionStep {
    /** "was", "been", "got": the forms of "be" and "get" before a participle. */
    static final Set<String> BE = Lexicon.words("passive-be-en.txt");
    /** "has been repeatedly criticised": adverbs between the auxiliary and its participle. */
    private static final int ADVERBS = 3;

    EnglishPassive(Extraction x) {
        super(x);
    }

    /** The form of "be" or "get" before the participle at cue, only adverbs or adjectives between; or -1. */
    int auxiliary(int cue, int first) {
        Token verb = model.token(cue);
        if (!verb.lower().endsWith("ed") && !morph.english(verb.lower()).has(Morphology.PARTICIPLE)) return -1;
        for (int k = cue - 1; k >= first && k >= cue - ADVERBS; k--) {
            Token x = model.token(k);
            if (!x.word() || x.quoted() || x.capitalised()) return -1;
            if (BE.contains(x.lower())) return k;
            if (!x.lower().endsWith("ly") && !morph.english(x.lower()).has(Morphology.ADJECTIVE)) return -1;
        }
        return -1;
    }

    /** Whether the participle at cue is passive and "by" follows it (over one adverb): "was endorsed by", "was criticised publicly by". */
    boolean withAgent(int cue, int first, int end) {
        int by = cue + 1;
        if (by + 1 < end && model.token(by).word() && model.token(by).lower().endsWith("ly")) by++;
        return by + 1 < end && model.token(by).is("by") && !model.token(by).quoted() && auxiliary(cue, first) >= 0;
    }

    /** Whether the verb at cue is learned with a noun-phrase object, whose passive subject it is; "criticised" as "criticized". */
    boolean learnedWithObject(int cue) {
        String lemma = morph.englishVerbLemma(model.token(cue).lower());
        if (lemma == null) return false;
        return lex.phraseCue("object", lemma) || lemma.endsWith("ise") && lex.phraseCue("object", lemma.substring(0, lemma.length() - 3) + "ize");
    }

    /**
     * The passive subject of the participle at cue as [first, end) tokens: the words before its auxiliaries back to
     * a comma, a clause opener, a verb of speech or the sentence start ("The plan", "Hale's plan"); a relative pronoun right before
     * the auxiliaries is the subject itself ("which was praised by"). The subject opens at the first noun phrase
     * there; null if none stands there.
     */
    int[] subject(int cue, int first) {
        int end = auxiliary(cue, first);
        // "has been", "will also be", "is likely to be": the auxiliaries and adverbs before the form of "be"
        while (end > first && auxiliaryOrAdverb(model.token(end - 1))) end--;
        if (end <= first || !model.token(end - 1).word() || model.token(end - 1).quoted()) return null;
        Token last = model.token(end - 1);
        if (last.is("which") || last.is("who") || last.is("that")) return new int[] {end - 1, end};
        // "would last four years and must be approved by": a coordinated verb shares the subject of the clause before
        if (CLAUSE_OPENERS.contains(last.lower())) return null;
        int begin = end - 1;
        while (begin > first && end - begin < SUBJECT_WINDOW / 4) {
            Token x = model.token(begin - 1);
            // "Kim said the plan was criticised by ...": another verb of speech before the subject opens its clause
            if (!x.word() && !x.isPunct('-') || x.quoted() || CLAUSE_OPENERS.contains(x.lower()) || x.is("that") || lex.cuesEn.containsKey(x.lower())) break;
            begin--;
        }
        // "when he was accused by": the subject opens at the first noun phrase, not at a subordinator before it
        List<NounPhrase> phrases = nps.subjects(begin, end, first);
        return phrases.isEmpty() ? null : new int[] {phrases.get(0).first(), end};
    }

    private boolean auxiliaryOrAdverb(Token x) {
        return x.word() && !x.capitalised() && (CueFinder.FINITE_AUXILIARIES_EN.contains(x.lower()) || BE.contains(x.lower())
                || x.lower().endsWith("ly") || x.is("also") || x.is("not") || x.is("to") || x.is("likely"));
    }
}
