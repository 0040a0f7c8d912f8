package org.storywire.extract;

import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * English statements a noun opens behind its owner's possessive: "his claim that the vote was rigged" (a noun of
 * saying with a that-clause) and "Croft's attacks on Reed" (a noun the corpus-learned list names, with its
 * preposition and a phrase). The owner is the speaker.
 */
final class PossessedCues extends ExtractionStep {
    private static final Set<String> STATEMENT_NOUNS_EN = Lexicon.words("statement-nouns-en.txt");
    static final Set<String> POSSESSIVES_EN = Lexicon.words("possessives-en.txt");

    private final SpeakerFinder speakers;
    private final EnglishCueForms forms;

    PossessedCues(Extraction x, SpeakerFinder speakers, EnglishCueForms forms) {
        super(x);
        this.speakers = speakers;
        this.forms = forms;
    }

    /**
     * "his claim that the vote was rigged", "Reed's warning that ...": a noun of saying or holding true behind a
     * possessive, with a that-clause behind it, attributes the clause to the possessor (an adjective may stand
     * between: "her repeated claim that"). Null otherwise.
     */
    Draft nominalCue(TextModel.Sentence s, int i) {
        Token t = model.token(i);
        int e = s.endToken();
        if (!STATEMENT_NOUNS_EN.contains(t.lower()) || t.capitalised() || thatAfterNoun(i, e) < 0) return null;
        int owner = i - 1;
        if (owner > s.firstToken() && !possessiveWord(model.token(owner))) owner--;
        if (owner < s.firstToken() || !possessiveWord(model.token(owner)) || model.token(owner).quoted()) return null;
        NounPhrase possessor = POSSESSIVES_EN.contains(model.token(owner).lower()) ? new NounPhrase(owner, owner + 1, true, false)
                : possessorBefore(owner, s.firstToken());
        Draft d = new Draft();
        d.cueToken = i;
        d.cueText = t.text();
        d.cueClass = "CLAIM";
        d.sentence = s.index();
        d.attribution = Attribution.INDIRECT_SPEECH;
        setContent(d, model.token(i + 1).begin(), forms.saidPartEnd(s, i + 1), s);
        d.subject = possessor;
        d.speaker = speakers.resolve(possessor, s);
        d.confidence = 0.7;
        return d;
    }

    /**
     * "his attacks on the mayor", "Croft's attacks on Reed": a noun the corpus-learned list names behind a possessive,
     * with its preposition and a phrase, attributes the phrase (up to the clause's next punctuation) to the possessor.
     * Null otherwise.
     */
    Draft possessedCue(TextModel.Sentence s, int i) {
        Token t = model.token(i);
        int e = s.endToken();
        if (i == s.firstToken() || i + 2 >= e || t.capitalised() || t.quoted() || !possessiveWord(model.token(i - 1)) || model.token(i - 1).quoted()) return null;
        String lemma = morph.english(t.lower()).lemma();
        if (lemma == null || !lex.phraseCue("possessed", lemma + " " + model.token(i + 1).lower()) || !forms.opensPhrase(i + 2)) return null;
        int end = i + 2;
        while (end < e && !isClauseBoundary(model.token(end)) && !model.token(end).isPunct('.')) end++;
        int owner = i - 1;
        NounPhrase possessor = POSSESSIVES_EN.contains(model.token(owner).lower()) ? new NounPhrase(owner, owner + 1, true, false)
                : possessorBefore(owner, s.firstToken());
        Draft d = new Draft();
        d.cueToken = i;
        d.cueText = t.text() + " " + model.token(i + 1).text();
        d.cueClass = "CLAIM";
        d.sentence = s.index();
        d.attribution = Attribution.INDIRECT_SPEECH;
        setContent(d, model.token(i + 2).begin(), model.token(end - 1).end(), s);
        d.subject = possessor;
        d.speaker = speakers.resolve(possessor, s);
        d.confidence = 0.6;
        return d;
    }

    /** "that" right behind the noun at i opening a clause (a subject word, a name or a number after it); its index or -1. */
    private int thatAfterNoun(int i, int e) {
        if (i + 2 >= e || !model.token(i + 1).is("that") || model.token(i + 1).quoted()) return -1;
        Token next = model.token(i + 2);
        return next.word() && (EnglishCueForms.CLAUSE_SUBJECTS_EN.contains(next.lower()) || next.capitalised() || Character.isDigit(next.text().charAt(0))) ? i + 1 : -1;
    }

    private boolean possessiveWord(Token x) {
        return x.word() && (POSSESSIVES_EN.contains(x.lower()) || x.possessive() && x.capitalised());
    }

    /** "Trump's", "Senator Ada Croft's": the capitalised words ending in the possessive token at {@code owner}. */
    private NounPhrase possessorBefore(int owner, int f) {
        int k = owner;
        while (k > f && model.token(k - 1).word() && model.token(k - 1).capitalised() && !model.token(k - 1).quoted()) k--;
        return new NounPhrase(k, owner + 1, false, true);
    }
}
