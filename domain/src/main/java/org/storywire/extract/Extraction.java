package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One article under extraction: its analysed text ({@link ArticleText}), and the statements found so far with the
 * discourse state the steps share (the last statement, whose speaker a pronoun or a run-on
 * Konjunktiv sentence continues; the last reported source; how far the text is consumed).
 */
final class Extraction {
    final ArticleText read;
    final List<Draft> drafts = new ArrayList<>();
    Draft lastStatement;
    Draft lastSource;
    /** Text before this offset belongs to a statement already: a cue inside it is part of what was said. */
    int consumedUntil;

    Extraction(ArticleText read) {
        this.read = read;
    }

    /** A speaker introduced without a statement ({@link Draft#topicOnly}): reported speech after it continues it. */
    void introduce(Draft d) {
        lastStatement = d;
    }

    void accept(Draft d) {
        if (d.runsOn != null) {
            d.runsOn.contentEnd = Math.max(d.runsOn.contentEnd, d.contentEnd);
            d.runsOn.evidenceEnd = Math.max(d.runsOn.evidenceEnd, d.evidenceEnd);
        } else {
            if (d.contentBegin < read.model().sentences.get(d.sentence).begin()) dropUnsaid(d);
            drafts.add(d);
            if (!hangsOnMainStatement(d)) lastStatement = d;
        }
        if (d.reported || (d.speaker != null && d.speaker.kind() == SpeakerKind.MEDIA)) lastSource = d;
        consumedUntil = Math.max(consumedUntil, d.contentEnd);
    }

    /**
     * A marker in a relative or adverbial clause hangs on its sentence's main statement, whose speaker goes on in the
     * sentences after, unless the marker names that speaker again (then its later mention is the one nearest to them).
     */
    private boolean hangsOnMainStatement(Draft d) {
        if (!d.inSubordinateClause || lastStatement == null || lastStatement.sentence != d.sentence) return false;
        Speaker main = lastStatement.speaker;
        return main == null || d.speaker == null || main.canonical() == null || !main.canonical().equals(d.speaker.canonical());
    }

    /**
     * "Eine Gefahr bestehe nicht. Das teilte die Feuerwehr mit.": a statement reaching back over the sentence before
     * names who said it, which was read as reported by no one; that reading goes.
     */
    private void dropUnsaid(Draft d) {
        drafts.removeIf(e -> e.speaker == null && e.sentence < d.sentence && e.contentBegin >= d.contentBegin && e.contentEnd <= d.contentEnd);
    }
}
