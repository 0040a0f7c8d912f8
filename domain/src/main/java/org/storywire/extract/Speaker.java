package org.storywire.extract;

/**
 * Who made a statement: the mention as written ("er", "der Kreml-Chef"), where it stands in the
 * text (null when the speaker is implicit), the canonical entity it resolves to ("Dmitri Peskow"),
 * and the principal it speaks for ("Wladimir Putin" for the Kremlin spokesman; null if none).
 */
public record Speaker(
        String mention,
        Span mentionSpan,
        String canonical,
        String affiliation,
        SpeakerKind kind) {}
