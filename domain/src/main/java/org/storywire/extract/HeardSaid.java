package org.storywire.extract;

import java.util.Set;

/**
 * German "ist zu hören" / "war zu lesen" with a clause behind its comma: "Aus der Regierung ist zu hören, der Minister
 * habe ...", "Zuletzt war oft zu hören, man wolle ...". What one could hear or read is hearsay the clause attributes to
 * no one it names, or to the "aus"/"von" phrase it came from. Only with the clause: "der hier zu hören ist" or "war der
 * Fahrer zu hören" says what could be heard, not what was said.
 */
final class HeardSaid extends ExtractionStep {
    /** "zu hören", "zu lesen": the modal infinitive of perceiving what was said or written. */
    private static final Set<String> PERCEIVING = Set.of("hören", "lesen");
    /** Finite forms of "sein" carrying the modal infinitive. */
    private static final Set<String> SEIN = Set.of("ist", "sind", "war", "waren", "sei", "seien", "wäre");
    /** "aus der Regierung", "von Beobachtern": where the hearsay came from. */
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("aus", "von", "vom");

    private final SpeakerFinder speakers;
    private final GermanClauseForms clauses;

    HeardSaid(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
        this.clauses = new GermanClauseForms(x);
    }

    /** The clause behind "zu hören," at token {@code i} ("hören"), as hearsay; or null. */
    Draft draft(TextModel.Sentence s, int i) {
        Token t = model.token(i);
        int e = s.endToken();
        if (t.quoted() || t.capitalised() || !PERCEIVING.contains(t.lower()) || i == s.firstToken() || !model.token(i - 1).is("zu")) return null;
        int comma = i + 1;
        if (comma + 1 >= e || !model.token(comma).isPunct(',') || !model.token(comma + 1).word()) return null;
        int opener = clauseStart(i, s.firstToken());
        int sein = finiteSein(opener, i - 1);
        // "war der Fahrer zu hören": a subject right behind the verb is someone heard, no hearsay
        if (sein < 0 || subjectBehind(sein + 1, i - 1)) return null;
        NounPhrase source = null;
        for (int p = opener; p < i - 1 && source == null; p++) {
            if (!SOURCE_PREPOSITIONS.contains(model.token(p).lower())) continue;
            NounPhrase np = speakers.nounPhraseAfter(p + 1, i - 1);
            if (np != null && nps.agentive(np)) source = np;
        }
        Speaker speaker = source == null ? null : speakers.resolve(source, s);
        Draft d = reportWithoutCue(s, i, speaker);
        int begin = comma + 1;
        int end = RunOnSpeech.DASS.contains(model.token(begin).lower()) ? clauses.complementEnd(begin, s) : contentEndOf(s);
        setContent(d, model.token(begin).begin(), end, s);
        return d;
    }

    /** The finite "sein" in [from, to), or -1. */
    private int finiteSein(int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = model.token(k);
            if (x.word() && !x.quoted() && !x.capitalised() && SEIN.contains(x.lower())) return k;
        }
        return -1;
    }

    /** Whether a nominative article or a capitalised word opens the words right behind the verb. */
    private boolean subjectBehind(int k, int to) {
        if (k >= to) return false;
        Token x = model.token(k);
        return x.capitalised() || NounPhrases.NOMINATIVE_ARTICLES_DE.contains(x.lower());
    }
}
