package org.storywire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Invented items read with the statements a reader takes from them, each located by words of its sentence: German
 * front-page items of {@code front-page-items-de.txt} (a headline and a teaser), German and English body sentences of
 * {@code body-stance-items-de.txt} and {@code body-sentences-en.txt} ("text:", no headline); each file's header says
 * how it was written.
 */
final class FrontPageItems {
    record Expected(Stance stance, List<String> speakerWords, String evidence) implements ItemScore.Want {
        @Override
        public boolean speakerRight(Speaker speaker) {
            if (speakerWords.contains("*")) return true;
            if (speaker == null) return false;
            String said = (speaker.mention() + " " + speaker.canonical()).toLowerCase(Locale.ROOT);
            return speakerWords.stream().anyMatch(w -> said.contains(w.toLowerCase(Locale.ROOT)));
        }
    }

    record Item(String title, String teaser, List<Expected> expected, List<String> maybe) {}

    private FrontPageItems() {}

    static List<Item> read(String resource) throws IOException {
        List<Item> items = new ArrayList<>();
        String title = null;
        String teaser = null;
        List<Expected> expected = new ArrayList<>();
        List<String> maybe = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FrontPageItems.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#")) continue;
                if (line.isBlank()) {
                    if (title != null || teaser != null) items.add(new Item(title, teaser, List.copyOf(expected), List.copyOf(maybe)));
                    title = null;
                    teaser = null;
                    expected.clear();
                    maybe.clear();
                } else if (line.startsWith("title: ")) {
                    title = line.substring(7).strip();
                } else if (line.startsWith("text: ")) {
                    teaser = line.substring(6).strip();
                } else if (line.startsWith("teaser: ")) {
                    teaser = line.substring(8).strip();
                } else if (line.startsWith("expect: ")) {
                    String[] f = line.substring(8).split("\\|");
                    expected.add(new Expected(Stance.valueOf(f[0].strip()),
                            Arrays.stream(f[1].split(",")).map(String::strip).toList(), f[2].strip()));
                } else if (line.startsWith("maybe: ")) {
                    maybe.add(line.substring(7).strip());
                } else {
                    throw new IllegalArgumentException("unreadable line: " + line);
                }
            }
        }
        if (title != null || teaser != null) items.add(new Item(title, teaser, List.copyOf(expected), List.copyOf(maybe)));
        return items;
    }
}
