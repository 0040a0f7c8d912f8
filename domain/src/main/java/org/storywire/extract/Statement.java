package org.storywire.extract;

import java.time.Instant;
import java.util.List;
import org.storywire.clean.TimePrecision;

/**
 * One attributed utterance in one article. {@code content} is what was said; {@code sentence}
 * the source sentence(s) holding it (the evidence), both as offsets into the clean text; a statement of a
 * title the text does not repeat has them in the title, which stands at 0 as its own sentence.
 * {@code madeAt} is when it was said (a time the text gives, else the publication time).
 * {@code relayedBy} is the source that passes the statement on ("the Kremlin denied it, according to Tass": Tass), the
 * speaker being the one who said it; null when the text relays it through no one.
 * {@code quoted} are the speaker's own words the content quotes ("Sie sprach von einem „schweren Fehler“, den man
 * korrigieren werde": the quoted phrase), inside the content, in text order; they are the same speaker's, part of this
 * one position, not statements of their own. {@code question} is the question the statement answers ("Asked whether
 * the quay would reopen, Reed said no": the words asked), a question put to the speaker and no party's position; null
 * when it answers none the text gives.
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
        Speaker relayedBy,
        List<Span> quoted,
        Span question) {

    public Statement {
        quoted = quoted == null ? List.of() : List.copyOf(quoted);
    }

    /** A statement quoting no words of its own inside and answering no question the text gives. */
    public Statement(String articleId, int ordinal, Speaker speaker, Stance stance, Attribution attribution, Proposition proposition, String cue,
                     Span content, Span sentence, String sentenceText, Instant madeAt, TimePrecision madeAtPrecision, double confidence,
                     Speaker relayedBy) {
        this(articleId, ordinal, speaker, stance, attribution, proposition, cue, content, sentence, sentenceText, madeAt, madeAtPrecision, confidence,
                relayedBy, List.of(), null);
    }

    /** A statement the text gives as its speaker's own, through no relaying source. */
    public Statement(String articleId, int ordinal, Speaker speaker, Stance stance, Attribution attribution, Proposition proposition, String cue,
                     Span content, Span sentence, String sentenceText, Instant madeAt, TimePrecision madeAtPrecision, double confidence) {
        this(articleId, ordinal, speaker, stance, attribution, proposition, cue, content, sentence, sentenceText, madeAt, madeAtPrecision, confidence, null);
    }
}
