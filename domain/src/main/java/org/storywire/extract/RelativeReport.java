package org.storywire.extract;

import java.util.Optional;

/**
 * German reports a relative clause opens: "eine Schätzung, wonach ...", "Gerüchte, nach denen ...", "ein Bericht, laut dem
 * ...", "Umfragen, denen zufolge ...". The marker reads "according to which": the phrase before the comma is the source,
 * the relative clause what it says.
 */
final class RelativeReport extends ExtractionStep {
    private final SpeakerFinder speakers;

    RelativeReport(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    /** The statement the sentence's first relative report marker opens, if any. */
    Optional<Draft> first(TextModel.Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = model.token(i);
            if (!t.word() || t.quoted() || t.begin() < doc.consumedUntil) continue;
            Draft d = draft(s, i);
            if (d != null) return Optional.of(d);
        }
        return Optional.empty();
    }

    /** Whether token {@code i} belongs to a relative report marker ("laut dem", "denen zufolge"): no report marker of its own. */
    boolean inMarker(TextModel.Sentence s, int i) {
        return contentStart(s, i) > i || i > s.firstToken() && contentStart(s, i - 1) > i;
    }

    /** The statement a relative report marker at token {@code i}, right after a comma, opens; null if none stands there. */
    private Draft draft(TextModel.Sentence s, int i) {
        int content = contentStart(s, i);
        if (content < 0) return null;
        Draft d = new Draft();
        d.sentence = s.index();
        d.cueToken = i;
        d.cueText = join(i, content);
        d.cueClass = "CLAIM";
        d.reported = true;
        d.attribution = Attribution.REPORTED;
        d.speaker = speakers.resolve(source(s, i), s);
        setContent(d, model.token(content).begin(), clauseEnd(content, s), s);
        d.confidence = 0.7;
        return d;
    }

    /**
     * The first token of what the source says behind a marker at {@code i}, or -1: "wonach", "laut dem", "denen zufolge";
     * "nach denen" only behind a noun of reporting or of a claim ("Umfragen, nach denen", "Gerüchte, nach denen"), since "der
     * Tag, nach dem ..." tells a time.
     */
    private int contentStart(TextModel.Sentence s, int i) {
        if (english || i - 1 <= s.firstToken() || i + 2 >= s.endToken() || !model.token(i - 1).isPunct(',')) return -1;
        Token t = model.token(i);
        Token next = model.token(i + 1);
        boolean relative = NounPhrases.RELATIVE_PRONOUNS_DE.contains(next.lower());
        int content = t.is("wonach") ? i + 1
                : relative && (t.is("laut") || t.is("gemäß") || t.is("nach")) || NounPhrases.RELATIVE_PRONOUNS_DE.contains(t.lower()) && next.is("zufolge") ? i + 2 : -1;
        if (content < 0) return -1;
        NounPhrase source = source(s, i);
        if (source == null || source.pronoun()) return -1;
        String head = model.token(source.end() - 1).lower();
        // a claim or a rumour has content as a report has: "Gerüchte, nach denen ...", "Vorwürfe, nach denen ..."
        return t.is("nach") && !lex.isReportNoun(head) && !lex.isPropositionNoun(head) ? -1 : content;
    }

    /** The phrase right before the marker's comma. */
    private NounPhrase source(TextModel.Sentence s, int i) {
        return speakers.nounPhraseBefore(i - 1, s.firstToken());
    }

    /** A German relative clause ends on its finite verb: at the first comma after a word in lower case, else with the sentence. */
    private int clauseEnd(int from, TextModel.Sentence s) {
        for (int k = from + 1; k < s.endToken(); k++) {
            Token before = model.token(k - 1);
            if (model.token(k).isPunct(',') && before.word() && !before.capitalised()) return before.end();
        }
        return contentEndOf(s);
    }
}
