package org.storywire.extract;

/**
 * "Der Konzern veröffentlichte am Abend eine Erklärung", "The company issued a statement on Monday": a verb of putting
 * out a text ({@link DocumentNouns#isIssuing}) whose object is a document, with no said part, names who issued the
 * document, not what it says. Its clause is topic only ({@link Draft#topicOnly}): what the document says follows.
 */
final class IssuedDocument {
    /** "a brief written statement": an article and adjectives stand before the noun, a few words at most. */
    private static final int MAX_PREMODIFIERS = 4;

    private final TextModel model;
    private final Morphology morph;
    private final boolean english;

    IssuedDocument(TextModel model, Morphology morph, boolean english) {
        this.model = model;
        this.morph = morph;
        this.english = english;
    }

    boolean issues(int cue, Draft d, TextModel.Sentence s) {
        if (!d.clauseContent || !"CLAIM".equals(d.cueClass) || d.negated || model.quotationIn(s)) return false;
        if (!DocumentNouns.isIssuing(model.token(cue), morph, english)) return false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (k == cue || english && k < cue || !DocumentNouns.isDocument(model.token(k), english)) continue;
            if (d.subject != null && k >= d.subject.first() && k < d.subject.end()) continue;
            if (!afterPreposition(k, cue, s.firstToken())) return true;
        }
        return false;
    }

    /** "in einer Erklärung", "in a statement posted online": a document behind a preposition is the channel, not the object. */
    private boolean afterPreposition(int noun, int cue, int first) {
        for (int k = noun - 1; k >= first && k != cue && noun - k <= MAX_PREMODIFIERS; k--) {
            Token t = model.token(k);
            if (!t.word() || t.capitalised() && k != first) return false;
            if (NounPhrases.PREPOSITIONS.contains(t.lower())) return true;
        }
        return false;
    }
}
