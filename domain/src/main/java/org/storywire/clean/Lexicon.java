package org.storywire.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the versioned lexicon resources: one entry a line, '#' starts a comment line. */
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
}
