package org.storywire.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storywire.clean.Lexicon;

/**
 * The story frames' part of the one event vocabulary, {@code lexicon/events.txt}: per frame label, the
 * word starts that trigger it, the words that may stand inside a compound, the context words it needs
 * and the words that veto it. The extractor's propositions read the same lines for their labels, so a
 * word added there names an event for both.
 */
final class EventVocabulary {

    /** A trigger word as tokens are written (lower case, umlauts folded), and whether only the whole token counts. */
    record Word(String text, boolean whole) {}

    private final Map<String, List<Word>> starts = new HashMap<>();
    private final Map<String, List<String>> infixes = new HashMap<>();
    private final Map<String, List<String>> context = new HashMap<>();
    private final Map<String, List<String>> exceptions = new HashMap<>();

    private EventVocabulary() {}

    static EventVocabulary read() {
        EventVocabulary v = new EventVocabulary();
        for (Lexicon.Entry entry : Lexicon.entries("events.txt")) {
            // "<proposition label> <word start> [<story frame> <flag>...]": a line without a frame labels propositions only
            if (entry.words().size() < 2) continue;
            String word = fold(entry.words().get(0));
            String frame = entry.words().get(1);
            List<String> flags = entry.words().subList(2, entry.words().size());
            boolean infix = false;
            boolean whole = false;
            boolean contextOnly = false;
            for (String flag : flags) {
                switch (flag.contains("=") ? flag.substring(0, flag.indexOf('=')) : flag) {
                    case "infix" -> infix = true;
                    case "word" -> whole = true;
                    case "context" -> contextOnly = true;
                    case "except" -> {
                        for (String e : flag.substring(flag.indexOf('=') + 1).split(",")) add(v.exceptions, frame, fold(e));
                    }
                    default -> throw new IllegalStateException("unknown flag in events.txt: " + entry);
                }
            }
            if (contextOnly) add(v.context, frame, word);
            else if (infix) add(v.infixes, frame, word);
            else v.starts.computeIfAbsent(frame, k -> new ArrayList<>()).add(new Word(word, whole));
        }
        return v;
    }

    List<Word> starts(String frame) { return starts.getOrDefault(frame, List.of()); }

    List<String> infixes(String frame) { return infixes.getOrDefault(frame, List.of()); }

    List<String> context(String frame) { return context.getOrDefault(frame, List.of()); }

    List<String> exceptions(String frame) { return exceptions.getOrDefault(frame, List.of()); }

    private static void add(Map<String, List<String>> map, String frame, String word) {
        map.computeIfAbsent(frame, k -> new ArrayList<>()).add(word);
    }

    /** As {@link TextAnalysis#tokens} writes words: lower case, umlauts without their dots, ß as ss. */
    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss");
    }
}
