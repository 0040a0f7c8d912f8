package org.storywire.extract;

import java.time.Instant;
import org.storywire.clean.TimePrecision;

/**
 * One attributed utterance in one article. {@code content} is what was said; {@code sentence}
 * the source sentence(s) holding it (the evidence), both as offsets into the clean text; a statement of a
 * title the text does not repeat has them in the title, which stands at 0 as its own sentence.
 * {@code madeAt} is when it was said (a time the text gives, else the publication time).
 * {@code relayedBy} is the source that passes the statement on ("the Kremlin denied it, according to Tass": Tass), the
 * speaker being the one who said it; null when the text relays it through no one.
 */
public record Statement(
        String articleId,
        int ordinal,
        Speaker speaker,
        Stance stance,
        Attribution attribution,
        Proposition proposition,
        String cue,
        Span content,
        Span sentence,
        String sentenceText,
        Instant madeAt,
        TimePrecision madeAtPrecision,
        double confidence,
        Speaker relayedBy) {

    /** A statement the text gives as its speaker's own, through no relaying source. */
    public Statement(String articleId, int ordinal, Speaker speaker, Stance stance, Attribution attribution, Proposition proposition, String cue,
                     Span content, Span sentence, String sentenceText, Instant madeAt, TimePrecision madeAtPrecision, double confidence) {
        this(articleId, ordinal, speaker, stance, attribution, proposition, cue, content, sentence, sentenceText, madeAt, madeAtPrecision, confidence, null);
    }
}
