package org.storywire.extract;

import java.util.Set;

/**
 * German agentless passive of a verb that states a value: "Als Todesursache wurde ein Herzinfarkt angegeben", "Als
 * Termin wird der 22. Oktober genannt", "Die Zahl der Toten wurde mit 214 angegeben". Someone gave the cause, the date,
 * the figure; the clause names no one (unless "von ..." does), so the outlet's unnamed source speaks, as with "wie es
 * hieß". The frame decides, not the verb alone: an "als" predicate (what the value is given as) or, for the verbs of
 * figures, "mit" and a number. Without it the same verbs name ("so wird der Ort genannt") or merely mention.
 */
final class StatedAsPassive extends ExtractionStep {
    /** Lemmas of verbs that state a value; "angeben" and "beziffern" also take the figure with "mit". */
    private static final Set<String> STATING = Set.of("nennen", "angeben", "beziffern");
    private static final Set<String> FIGURE_VERBS = Set.of("angeben", "beziffern");
    /** Finite forms of the passive auxiliary "werden" (and its Konjunktiv I). */
    private static final Set<String> WERDEN = Set.of("wird", "werden", "wurde", "wurden", "werde");
    /** "von den Behörden": the agent phrase that names who stated it. */
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("von", "vom");

    private final SpeakerFinder speakers;

    StatedAsPassive(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    /** The sentence as the statement of the participle at token {@code i} closing such a passive clause, or null. */
    Draft draft(TextModel.Sentence s, int i) {
        Token t = model.token(i);
        if (t.capitalised() || t.quoted() || !morph.german(t.text()).has(Morphology.PARTICIPLE)) return null;
        String lemma = morph.german(t.text()).lemma();
        if (lemma == null || !STATING.contains(lemma)) return null;
        int e = s.endToken();
        // the participle closes the clause: "wurde ... genannt." or "wurde genannt, dass ..."
        if (i + 1 < e && model.token(i + 1).word()) return null;
        int opener = clauseStart(i, s.firstToken());
        if (!finiteWerden(opener, i) || !framed(opener, i, FIGURE_VERBS.contains(lemma))) return null;
        NounPhrase agent = null;
        for (int p = opener; p < i && agent == null; p++) {
            if (AGENT_PREPOSITIONS.contains(model.token(p).lower())) agent = speakers.nounPhraseAfter(p + 1, i);
        }
        Speaker speaker = agent == null ? null : speakers.resolve(agent, s);
        Draft d = reportWithoutCue(s, i, speaker);
        setContent(d, s.begin(), contentEndOf(s), s);
        return d;
    }

    private boolean finiteWerden(int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = model.token(k);
            if (x.word() && !x.quoted() && !x.capitalised() && WERDEN.contains(x.lower())) return true;
        }
        return false;
    }

    /** "als" before a noun (the value's role: "Als Grund"), or with {@code figures} "mit" before a number ("mit 214"). */
    private boolean framed(int from, int to, boolean figures) {
        for (int k = from; k + 1 < to; k++) {
            Token x = model.token(k);
            if (x.quoted() || !x.word()) continue;
            Token next = model.token(k + 1);
            if (x.is("als") && next.word() && !next.quoted() && (next.capitalised() || ANY_ARTICLE.contains(next.lower()))) return true;
            if (figures && x.is("mit") && Character.isDigit(next.text().charAt(0))) return true;
        }
        return false;
    }
}
