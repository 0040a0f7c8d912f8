package org.storywire.extract;

import java.util.Locale;
import java.util.Set;

/**
 * "Wir erklären, was die Zahlen bedeuten", "Unsere Redakteurin verrät ihre Tricks": in German narration a first
 * person outside any quotation is the outlet writing about its own piece, not someone it reports. Quoted speakers
 * say "wir" inside their quotation marks, and a label before a colon speaks for itself ("Verband: Wir klagen").
 */
final class OutletVoice {
    /** The subject's first word when it is the writer: a first-person pronoun or possessive. */
    private static final Set<String> WRITER = Set.of("ich", "wir", "mein", "meine", "unser", "unsere");

    private final TextModel model;

    OutletVoice(TextModel model) {
        this.model = model;
    }

    /** Whether the statement's speaker is the outlet's own first person, in a sentence that quotes no one. */
    boolean speaks(Draft d, TextModel.Sentence s) {
        if (d.speaker == null || d.speaker.mention() == null || model.quotationIn(s) || ":".equals(d.cueText)) return false;
        String mention = d.speaker.mention().strip();
        int space = mention.indexOf(' ');
        String first = (space < 0 ? mention : mention.substring(0, space)).toLowerCase(Locale.ROOT);
        return WRITER.contains(first);
    }
}
