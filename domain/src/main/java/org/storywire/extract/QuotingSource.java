package org.storywire.extract;

import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * "Die Zeitung zitiert einen Augenzeugen mit den Worten: „...“", "Reuters quoted a spokesman as saying there were no
 * talks": whoever is quoted is the speaker, and the subject who quotes passes the words on. Without this the outlet
 * would speak, and a party's denial would count as a third party's.
 */
final class QuotingSource extends ExtractionStep {
    /** Active forms of the verbs of quoting someone ("zitierte", "quoted"); the passive keeps its subject as speaker. */
    private static final Set<String> QUOTING = Lexicon.words("quoting-verbs.txt");
    /** Lower-case words that may stand between the verb and whom it quotes: "zitiert dazu den Minister". */
    private static final int MAX_GAP = 2;
    /** Article, adjectives, role and name: "den früheren Finanzminister Paul Berning". */
    private static final int MAX_OBJECT_WORDS = 6;

    private final SpeakerFinder speakers;

    QuotingSource(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    /** Makes the quoted person the speaker of {@code d} and its subject the relay, when the verb quotes someone by this frame. */
    void apply(Draft d) {
        if (d.speaker == null || d.relayedBy != null || d.reported || !QUOTING.contains(model.token(d.cueToken).lower())) return;
        TextModel.Sentence s = model.sentences.get(d.sentence);
        NounPhrase quoted = quotedAfter(d, s);
        if (quoted == null) return;
        d.relayedBy = d.speaker;
        d.speaker = speakers.resolve(quoted, s);
        d.subject = quoted;
    }

    /** The phrase the verb quotes, followed by the frame that says so ("as saying", "mit den Worten", a comma before the words). */
    private NounPhrase quotedAfter(Draft d, TextModel.Sentence s) {
        int k = d.cueToken + 1;
        for (int gap = 0; k < s.endToken() && gap <= MAX_GAP; gap++, k++) {
            NounPhrase np = english ? nps.at(k, s.endToken(), s.firstToken()) : germanObject(k, s);
            // "Dazu zitiert die Agentur den Minister ...": the subject behind the verb is not whom it quotes
            if (np != null && d.subject != null && np.first() == d.subject.first() && np.end() < s.endToken()) {
                k = np.end() - 1;
                continue;
            }
            if (np != null) return nps.agentive(np) && framed(np.end(), s) ? np : null;
            Token t = model.token(k);
            if (!t.word() || t.capitalised() || t.quoted()) return null;
        }
        return null;
    }

    /** "as saying", "as telling", "as writing". */
    private boolean asSaying(int k, TextModel.Sentence s) {
        return k > 0 && k + 1 < s.endToken() && model.token(k).is("as") && model.token(k + 1).lower().endsWith("ing");
    }

    /** "Paul Berning, the finance minister, as saying": the comma closing an apposition opened at {@code comma}, or -1. */
    private int appositionEnd(int comma, TextModel.Sentence s) {
        for (int k = comma + 1; k < s.endToken() && k - comma <= MAX_OBJECT_WORDS; k++) if (model.token(k).isPunct(',')) return k;
        return -1;
    }

    /**
     * "den Minister Paul Berning", "einen Augenzeugen": German subjects are found by their nominative, so the object
     * is read here: an article of another case, then capitalised words up to the frame.
     */
    private NounPhrase germanObject(int k, TextModel.Sentence s) {
        if (!NounPhrases.OBLIQUE_ARTICLES.contains(model.token(k).lower())) return nps.at(k, s.endToken(), s.firstToken());
        int j = nominalEnd(k + 1, s);
        // "einen Sprecher der Reederei": a genitive attribute belongs to the phrase
        if (j > k + 1 && j + 1 < s.endToken() && GENITIVE_ARTICLES.contains(model.token(j).lower())) j = Math.max(j, nominalEnd(j + 1, s));
        return j > k + 1 && model.token(j - 1).capitalised() ? new NounPhrase(k, j, false, true) : null;
    }

    /** The end of the adjectives and capitalised words from {@code j}. */
    private int nominalEnd(int j, TextModel.Sentence s) {
        int from = j;
        while (j < s.endToken() && j - from < MAX_OBJECT_WORDS && model.token(j).word() && !model.token(j).quoted()
                && (model.token(j).capitalised() || morph.german(model.token(j).text()).has(Morphology.ADJECTIVE))) j++;
        return j;
    }

    private boolean framed(int after, TextModel.Sentence s) {
        if (after + 1 >= s.endToken()) return false;
        Token next = model.token(after);
        if (english) return asSaying(after, s) || next.isPunct(',') && asSaying(appositionEnd(after, s) + 1, s);
        return next.is("mit") || next.isPunct(',') || next.isPunct(':');
    }
}
