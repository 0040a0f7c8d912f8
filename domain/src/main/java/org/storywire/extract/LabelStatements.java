package org.storywire.extract;

import java.util.List;
import org.storywire.analyse.EnglishDictionary;
import org.storywire.clean.Lexicon;

/**
 * English statements signed by a label: a paragraph that opens with a capitalised name and a
 * colon says what follows in that name ("PENCE: Well, look, ..." in a transcript, "Caddell:
 * Voters Are Worried" as a headline; "Report: ..." reports it). The whole paragraph is the statement, so cues inside it
 * are part of what was said.
 */
final class LabelStatements extends ExtractionStep {
    /** A label is a name or a short headline subject, not a clause. */
    private static final int MAX_LABEL_WORDS = 6;
    /** Fewer words after the colon are a list entry or a caption ("Photo: AP"), not a statement. */
    private static final int MIN_SAID_WORDS = 3;

    private static final java.util.Set<String> POSSESSIVES = Lexicon.words("possessives-en.txt");
    private static final java.util.Set<String> REPORT_LABELS = Lexicon.words("headline-report-labels-en.txt");

    private final SpeakerFinder speakers;

    LabelStatements(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    List<Draft> labelDrafts(TextModel.Sentence s) {
        if (!english || s.index() > 0 && model.sentences.get(s.index() - 1).paragraph() == s.paragraph()) return List.of();
        int first = s.firstToken();
        if (first < s.endToken() && isQuoteMark(model.token(first))) first++;
        int k = first;
        while (k < s.endToken() && k - first < MAX_LABEL_WORDS && model.token(k).word() && model.token(k).capitalised()
                && !lex.isStop(model.token(k).lower(), true)) k++;
        if (k == first || k >= s.endToken() || !model.token(k).isPunct(':')) return List.of();
        if (s.endToken() - k - 1 < MIN_SAID_WORDS) return List.of();
        // "AP:Associated Press Lena Voss waves ...": a colon glued to the word behind it joins a credit to its caption
        if (model.token(k).end() == model.token(k + 1).begin()) return List.of();
        if (kicker(first, k, s)) return List.of();
        // "Related:", "Our Standards:": page furniture names no one who speaks
        int end = paragraphEnd(s);
        if (k - first == 1 && REPORT_LABELS.contains(model.token(first).lower())) {
            // "Report: Carmaker to cut 2,000 jobs": what a report or unnamed sources say, reported by nobody named
            Draft d = Draft.cuelessClaim(s.index(), k, ":", speakers.resolve(new NounPhrase(first, k, false, false), s));
            d.attribution = Attribution.REPORTED;
            setContent(d, model.token(k + 1).begin(), end, s);
            return List.of(d);
        }
        NounPhrase label = transcriptLabel(first, k) ? new NounPhrase(first, k, false, true) : nps.at(first, k, first);
        if (label == null || label.end() != k || label.pronoun() || !nps.agentive(label) || POSSESSIVES.contains(model.token(first).lower())) return List.of();
        Draft d = Draft.cuelessClaim(s.index(), k, ":", speakers.resolve(label, s));
        setContent(d, model.token(k + 1).begin(), end, s);
        return List.of(d);
    }

    /**
     * "BREAKING NEWS:", "FUTURE FLIGHTS:": a label in capitals whose every word the dictionary knows as a common word
     * heads a section or a caption, unless another paragraph of the article opens with it, as a transcript's speakers
     * do ("PENCE:" is a common word too).
     */
    private boolean kicker(int first, int end, TextModel.Sentence s) {
        if (!transcriptLabel(first, end)) return false;
        for (int k = first; k < end; k++) if (!EnglishDictionary.isContentWord(model.token(k).lower())) return false;
        for (TextModel.Sentence other : model.sentences) {
            if (other.paragraph() != s.paragraph() && opensWith(other, first, end)) return false;
        }
        return true;
    }

    /** Whether the sentence opens with the words [first, end) and a colon. */
    private boolean opensWith(TextModel.Sentence other, int first, int end) {
        int at = other.firstToken();
        if (at < other.endToken() && isQuoteMark(model.token(at))) at++;
        if (at + (end - first) >= other.endToken()) return false;
        for (int k = first; k < end; k++, at++) if (!model.token(at).text().equals(model.token(k).text())) return false;
        return model.token(at).isPunct(':');
    }

    /** "WALLACE:", "SEN. REED:": a transcript names its speakers in capitals. */
    private boolean transcriptLabel(int first, int end) {
        for (int k = first; k < end; k++) {
            String w = model.token(k).text();
            if (w.length() < 2 || !w.equals(w.toUpperCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    /** Where the paragraph of the sentence ends, without its closing full stop or quotation mark. */
    private int paragraphEnd(TextModel.Sentence s) {
        TextModel.Sentence last = s;
        for (int i = s.index() + 1; i < model.sentences.size() && model.sentences.get(i).paragraph() == s.paragraph(); i++) last = model.sentences.get(i);
        return contentEndOf(last);
    }
}
