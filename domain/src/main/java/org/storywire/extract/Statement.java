package org.storywire.extract;

import java.time.Instant;
import org.storywire.clean.TimePrecision;

/**
 * One attributed utterance in one article. {@code content} is what was said; {@code sentence}
 * the source sentence(s) holding it (the evidence), both as offsets into the clean text; a statement of a
 * title the text does not repeat has them in the title, which stands at 0 as its own sentence.
 * {@code madeAt} is when it was said (a time the text gives, else the publication time).
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
        double confidence) {}
