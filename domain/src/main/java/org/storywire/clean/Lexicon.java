package org.storywire.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the versioned lexicon resources: one entry a line, '#' starts a comment line. A list whose
 * words fall into kinds writes every line as "<kind> <word> [<word> ...]" ({@link #entries}).
 */
public final class Lexicon {
    private Lexicon() {}

    public static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/lexicon/" + resource)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) lines.add(trimmed);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The key under which a lexicon file lists a word that a case-insensitive pattern matched: folded
     * letter by letter as the pattern compares them, so that "PUBLİSHED" finds "published" (a
     * locale's lower-casing of the whole string would not).
     */
    public static String key(String matched) {
        StringBuilder key = new StringBuilder(matched.length());
        for (int i = 0; i < matched.length(); i++) key.append(Character.toLowerCase(Character.toUpperCase(matched.charAt(i))));
        return key.toString();
    }

    /** The words of a word list, several a line separated by white space, in file order (first match wins where order matters). */
    public static List<String> wordList(String resource) {
        List<String> words = new ArrayList<>();
        for (String line : lines(resource)) words.addAll(List.of(line.split("\\s+")));
        return List.copyOf(words);
    }

    /** The words of a word list as a set, for lists that are only asked whether they hold a word. */
    public static Set<String> words(String resource) {
        return Set.copyOf(wordList(resource));
    }

    /** One line of a kind-keyed list: its kind and the words after it (one word, a phrase, or a word with its flags). */
    public record Entry(String kind, List<String> words) {}

    /** The lines of kind-keyed lists, "<kind> <word> [<word> ...]" separated by white space, in file order. */
    public static List<Entry> entries(String... resources) {
        List<Entry> entries = new ArrayList<>();
        for (String resource : resources) {
            for (String line : lines(resource)) {
                List<String> fields = List.of(line.split("\\s+"));
                if (fields.size() < 2) throw new IllegalStateException("a line of " + resource + " without a word after its kind: " + line);
                entries.add(new Entry(fields.get(0), fields.subList(1, fields.size())));
            }
        }
        return List.copyOf(entries);
    }

    /** A kind-keyed list read as a map from each kind to the words of its line ("sagen ab", "fordern Opfer Tote"). */
    public static Map<String, List<String>> wordsByKind(String resource) {
        Map<String, List<String>> byKind = new HashMap<>();
        for (Entry e : entries(resource)) byKind.put(e.kind(), e.words());
        return Map.copyOf(byKind);
    }

    /** The one-word entries of a kind in kind-keyed lists, as a set; a kind none of the files has is a mistake in the code. */
    public static Set<String> kindWords(String kind, String... resources) {
        List<Entry> ofKind = entries(resources).stream().filter(e -> e.kind().equals(kind)).toList();
        if (ofKind.isEmpty()) throw new IllegalStateException("no words of kind " + kind + " in " + String.join(", ", resources));
        return Set.copyOf(ofKind.stream().filter(e -> e.words().size() == 1).map(e -> e.words().get(0)).toList());
    }
}
