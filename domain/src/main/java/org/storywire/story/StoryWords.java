package org.storywire.story;

import java.util.List;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * The story layer's word lists by kind, from {@code lexicon/story-cues.txt} (how a statement relates
 * to an event or to the sentence before) and {@code lexicon/name-context.txt} (what decides whether a
 * capitalised word is a name), in the kind-keyed format of {@link Lexicon#entries}.
 */
final class StoryWords {

    private static final String[] FILES = {"story-cues.txt", "name-context.txt"};

    private StoryWords() {}

    /** The one-word entries of a kind. */
    static Set<String> words(String kind) {
        return Lexicon.kindWords(kind, FILES);
    }

    /** The two-word entries of a kind, as word pairs. */
    static List<List<String>> phrases(String kind) {
        return Lexicon.entries(FILES).stream().filter(e -> e.kind().equals(kind) && e.words().size() > 1).map(Lexicon.Entry::words).toList();
    }
}
