package org.storywire.extract;

/**
 * "Laut Tass dementierte der Kreml den Bericht", "Nach Angaben der Agentur sagte der Sprecher, ...", "Die Zeitung
 * berichtete, der Minister habe erklärt, ...": a source that passes on what someone with a cue of their own said relays
 * that statement. The statement is the inner speaker's, and the source becomes its {@code relayedBy}: a fact-checker wants
 * the chain ("the Kremlin denied it, according to Tass"), and the story layer must not take an outlet for a party.
 */
final class Relays {
    private final TextModel model;

    Relays(TextModel model) {
        this.model = model;
    }

    /**
     * Whether {@code source} (a report marker's or an outer verb's draft) relays {@code inner}, a verb with its own
     * subject; if so the inner draft takes the source's speaker as its relay. The two speakers must be told apart in
     * the text: "nach eigenen Angaben" names no one else, and a source that is the speaker again relays nothing.
     */
    boolean relay(Draft source, Draft inner) {
        if (inner.reported || inner.subject == null || inner.relayedBy != null) return false;
        Span from = mention(source);
        Span by = mention(inner);
        if (from == null || by == null || from.begin() < by.end() && by.begin() < from.end()) return false;
        // "Demnach hätten beide ...": a source that is only its marker word points back to a report and names no one
        Token cue = model.token(source.cueToken);
        if (from.begin() <= cue.begin() && cue.begin() < from.end()) return false;
        if (source.speaker.canonical() != null && source.speaker.canonical().equals(inner.speaker.canonical())) return false;
        inner.relayedBy = source.speaker;
        return true;
    }

    /**
     * "Die Zeitung berichtete, der Minister habe erklärt, ...", "„...“, sagte der Trainer laut der Zeitung": a verb whose
     * cue and subject stand in what a report verb or marker reports, the outer cue not in the verb's own said part
     * (there "sagte, nach Angaben der Gutachter habe ..." the speaker passes on the marker's source, see {@link NestedMarker}).
     * Not a verb opening a that-clause: "Die Zeitung berichtete, dass der Minister dem Kanzler geraten habe, ..." is the
     * paper's claim about what happened, whose truth a story weighs, not the minister's statement passed on.
     */
    boolean inside(Draft outer, Draft inner) {
        if (!outer.reported || inner.reported || inner.subject == null || mention(inner) == null) return false;
        // "berichtete, dass der Minister ... empfohlen habe": a that-clause is what the source claims happened, its own report
        if (inner.subject.first() > 0 && RunOnSpeech.DASS.contains(model.token(inner.subject.first() - 1).lower())) return false;
        int cueAt = model.token(inner.cueToken).begin();
        int subjectAt = model.token(inner.subject.first()).begin();
        int outerCueAt = model.token(outer.cueToken).begin();
        return outer.contentBegin <= Math.min(cueAt, subjectAt) && Math.max(cueAt, subjectAt) < outer.contentEnd
                && !(inner.contentBegin <= outerCueAt && outerCueAt < inner.contentEnd);
    }

    private static Span mention(Draft d) {
        return d.speaker == null ? null : d.speaker.mentionSpan();
    }
}
