package org.storywire.story;

import java.util.List;
import java.util.SortedSet;

/**
 * What the grouper reads from one statement on its own, before looking at the rest of the article.
 *
 * @param frame       the event frame, null when the text names none ("Das ist nicht ausgeschlossen")
 * @param intention   the text speaks of readiness, plans or conditions rather than of a done event
 * @param sides       sides of the actors involved (RU, US, ...), the speaker's own when the text names too few
 * @param actors      canonical actors named in the text
 * @param source      the media outlet or journalist whose report the statement is about, if any
 * @param refersBack  the statement points at what came before ("dies", "den Bericht", "Demnach", "Zudem")
 * @param speaker     who spoke, as resolved (catalog canonical, else the extractor's canonical or mention)
 * @param speakerSide the speaker's side, null for media, journalists, anonymous and unknown speakers
 * @param isResponse  a denial, confirmation or refusal to comment: an answer to what others said
 * @param party       who the statement's position counts for: the speaker's principal (Peskow -> Wladimir Putin)
 * @param topic       a few salient stems, used to tell frameless statements apart
 * @param sentenceWords the statement's sentence as normalised words ({@link TextAnalysis#tokens}), read once
 *                    here: the statement's {@link Shingles} are hashed from them
 */
public record Features(
        EventFrame frame,
        boolean intention,
        SortedSet<String> sides,
        List<String> actors,
        String source,
        boolean refersBack,
        String speaker,
        String speakerSide,
        boolean isResponse,
        String party,
        List<String> topic,
        List<String> sentenceWords) {

    public Features {
        sides = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(sides));
        actors = List.copyOf(actors);
        topic = List.copyOf(topic);
        sentenceWords = List.copyOf(sentenceWords);
    }

    /** The key these features name on their own, without article context. */
    public StoryKey ownKey() {
        if (frame == null) return new StoryKey(StoryKey.NO_FRAME, false, List.copyOf(sides), source, topic);
        return new StoryKey(frame.label(), frame.splitsOnIntention() && intention, List.copyOf(sides), source, List.of());
    }
}
