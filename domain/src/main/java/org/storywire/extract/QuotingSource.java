package org.storywire.extract;

import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * "Die Zeitung zitiert einen Augenzeugen mit den Worten: „...“", "Reuters quoted a spokesman as saying there were no
 * talks": whoever is quoted is the speaker, and the subject who quotes passes the words on. Without this the outlet
 * would speak, and a party's denial would count as a third party's. A quotation before the verb frames whom it quotes
 * as the words behind do ("„...“, zitiert die Zeitung den Minister"). The German passive keeps its subject as the
 * speaker and names who passes the words on behind "von" or where they appeared behind "in" ("Der Minister wird von
 * der Zeitung mit den Worten zitiert", "wird im Fachblatt zitiert", "In einer Mitteilung wird die Chefin zitiert").
 */
final class QuotingSource extends ExtractionStep {
    /** Active forms of the verbs of quoting someone ("zitierte", "quoted"); the passive keeps its subject as speaker. */
    private static final Set<String> QUOTING = Lexicon.words("quoting-verbs.txt");
    /** Lower-case words that may stand between the verb and whom it quotes: "zitiert dazu den Minister". */
    private static final int MAX_GAP = 2;
    /** Article, adjectives, role and name: "den früheren Finanzminister Paul Berning". */
    private static final int MAX_OBJECT_WORDS = 6;

    /** A preposition fused with its article opens an adverbial, not an object: "zitierte man X vom Sender Y". */
    private static final Set<String> FUSED_PREPOSITIONS = Set.of("im", "am", "vom", "zum", "zur", "beim");

    /** "in", "im": where quoted words appeared, an outlet or a document. */
    private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "im");

    private final SpeakerFinder speakers;
    private final GermanPassive passives;

    QuotingSource(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
        this.passives = new GermanPassive(x, speakers);
    }

    /** Makes the quoted person the speaker of {@code d} and its subject the relay, when the verb quotes someone by this frame. */
    void apply(Draft d) {
        if (d.speaker == null || d.relayedBy != null || d.reported || !QUOTING.contains(model.token(d.cueToken).lower())) return;
        TextModel.Sentence s = model.sentences.get(d.sentence);
        if (!english && morph.german(model.token(d.cueToken).text()).has(Morphology.PARTICIPLE) && passives.withAuxiliary(s, d.cueToken)) {
            NounPhrase source = passiveSource(d, s);
            if (source == null) source = agentInSubject(d, s);
            if (source != null) d.relayedBy = speakers.resolve(source, s);
            return;
        }
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
            if (np != null) return nps.agentive(np) && (framed(np.end(), s) || saidBefore(d) && rightBehindSubject(np, d)) ? np : null;
            Token t = model.token(k);
            if (!t.word() || t.capitalised() || t.quoted()) return null;
        }
        return null;
    }

    /**
     * Who passes on the words of a passive "wird ... zitiert": an agentive phrase behind "von"/"vom", else an outlet,
     * a document or a report behind "in"/"im", in the verb's clause; never the speaker's own phrase. Null when none.
     */
    private NounPhrase passiveSource(Draft d, TextModel.Sentence s) {
        // a quoted name inside the clause ("im Fachblatt „Sportwoche“") does not end it, a comma or colon does
        int from = d.cueToken;
        while (from > s.firstToken() && !clausePunctuation(model.token(from - 1))) from--;
        int to = d.cueToken + 1;
        while (to < s.endToken() && !clausePunctuation(model.token(to))) to++;
        for (int k = from; k < to; k++) {
            Token x = model.token(k);
            if (x.quoted()) continue;
            boolean by = x.is("von") || x.is("vom");
            if (k == d.cueToken || !by && !MEDIUM_PREPOSITIONS.contains(x.lower())) continue;
            NounPhrase np = speakers.nounPhraseAfter(k + 1, to);
            if (np == null || np.pronoun() || d.subject != null && np.first() < d.subject.end() && d.subject.first() < np.end()) continue;
            if (by ? nps.agentive(np) : medium(np)) return np;
        }
        return null;
    }

    /**
     * "wie Hoyzer von Spiegel-Online zitiert wird": the speaker's phrase ran on over a "von" phrase that ends right before
     * the verb, which is the passive's agent, not an attribute of the speaker. Cuts the speaker there and returns the agent.
     */
    private NounPhrase agentInSubject(Draft d, TextModel.Sentence s) {
        NounPhrase subject = d.subject;
        if (subject == null || subject.pronoun() || subject.end() > d.cueToken) return null;
        for (int j = subject.first() + 1; j + 1 < subject.end(); j++) {
            if (!model.token(j).is("von") && !model.token(j).is("vom")) continue;
            NounPhrase agent = speakers.nounPhraseAfter(j + 1, d.cueToken);
            NounPhrase speaker = speakers.nounPhraseAfter(subject.first(), j);
            if (agent == null || agent.end() != d.cueToken || speaker == null || !nps.agentive(agent) || !nps.agentive(speaker)) return null;
            d.subject = speaker;
            d.speaker = speakers.resolve(speaker, s);
            return agent;
        }
        return null;
    }

    private static boolean clausePunctuation(Token t) {
        return t.isPunct(',') || t.isPunct(':') || t.isPunct(';');
    }

    /**
     * "der Zeitung", "dem Fachblatt „Sportwoche“", "einer Mitteilung", "dem Bericht": a phrase with a noun that names an
     * outlet, a document or a report (the outlet's name may follow it).
     */
    private boolean medium(NounPhrase np) {
        for (int k = np.first(); k < np.end(); k++) {
            Token t = model.token(k);
            String lower = t.lower();
            if (!t.capitalised()) continue;
            if (lex.mediaNouns.stream().anyMatch(lower::endsWith) || DocumentNouns.isDocument(t, false) || lex.isReportNoun(lower)) return true;
        }
        return false;
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

    /**
     * "„...“, zitiert die Zeitung den Minister": the words stand before the verb, which closes them, so they frame whom it
     * quotes as "mit den Worten" does. German only: English puts the quoted behind "as saying" either way.
     */
    private boolean saidBefore(Draft d) {
        return !english && d.contentEnd <= model.token(d.cueToken).begin();
    }

    /**
     * "zitiert die Zeitung den Minister", "zitiert die Zeitung Firmenchefin Eva Hollweg": the object right behind the
     * subject, opened by an article of its case or a noun; not a phrase behind a preposition ("zitierte man X vom Sender Y").
     */
    private boolean rightBehindSubject(NounPhrase np, Draft d) {
        Token first = model.token(np.first());
        return d.subject != null && np.first() == d.subject.end()
                && (first.capitalised() || NounPhrases.OBLIQUE_ARTICLES.contains(first.lower()) && !FUSED_PREPOSITIONS.contains(first.lower()));
    }

    private boolean framed(int after, TextModel.Sentence s) {
        if (after + 1 >= s.endToken()) return false;
        Token next = model.token(after);
        if (english) return asSaying(after, s) || next.isPunct(',') && asSaying(appositionEnd(after, s) + 1, s);
        return next.is("mit") || next.isPunct(',') || next.isPunct(':');
    }
}
