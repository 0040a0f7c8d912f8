package org.storywire.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * The story layer's word lists by kind, from {@code lexicon/story-cues.txt} (how a statement relates
 * to an event or to the sentence before) and {@code lexicon/name-context.txt} (what decides whether a
 * capitalised word is a name). Lines are "<kind> <word> [<word>]".
 */
final class StoryWords {

    private static final Map<String, List<List<String>>> ENTRIES = read("story-cues.txt", "name-context.txt");

    private StoryWords() {}

    /** The one-word entries of a kind. */
    static Set<String> words(String kind) {
        return Set.copyOf(entries(kind).stream().filter(e -> e.size() == 1).map(e -> e.get(0)).toList());
    }

    /** The two-word entries of a kind, as word pairs. */
    static List<List<String>> phrases(String kind) {
        return entries(kind).stream().filter(e -> e.size() > 1).toList();
    }

    private static List<List<String>> entries(String kind) {
        List<List<String>> entries = ENTRIES.get(kind);
        if (entries == null) throw new IllegalStateException("no story words of kind " + kind);
        return entries;
    }

    private static Map<String, List<List<String>>> read(String... files) {
        Map<String, List<List<String>>> entries = new HashMap<>();
        for (String file : files) {
            for (String line : Lexicon.lines(file)) {
                String[] f = line.split("\\s+");
                entries.computeIfAbsent(f[0], k -> new ArrayList<>()).add(List.of(f).subList(1, f.length));
            }
        }
        return entries;
    }
}
