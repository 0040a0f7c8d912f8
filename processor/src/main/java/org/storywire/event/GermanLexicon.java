package org.storywire.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * German word forms from the morphology dictionary of {@code de.danielnaber:german-pos-dict}
 * (CC BY-SA 4.0 data, read unmodified with morfologik): tells a proper noun ({@code EIG:} tags)
 * from a common noun ({@code SUB:}), which capitalisation cannot do in German. One lookup object
 * per instance: not thread-safe (one {@link EventSignatures} per thread).
 */
final class GermanLexicon {
    enum Kind { PROPER, COMMON, OTHER, UNKNOWN }

    private static final String DICT = "/org/languagetool/resource/de/german.dict";
    private static volatile Dictionary shared;

    private final DictionaryLookup lookup;

    GermanLexicon() {
        this.lookup = new DictionaryLookup(dictionary());
    }

    private static Dictionary dictionary() {
        Dictionary d = shared;
        if (d != null) return d;
        synchronized (GermanLexicon.class) {
            if (shared == null) {
                try (InputStream fsa = GermanLexicon.class.getResourceAsStream(DICT);
                     InputStream info = GermanLexicon.class.getResourceAsStream(DICT.replace(".dict", ".info"))) {
                    if (fsa == null || info == null) throw new IllegalStateException("german-pos-dict is not on the classpath");
                    shared = Dictionary.read(fsa, info);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return shared;
        }
    }

    /** What the dictionary says about a word form as written (case matters). */
    Kind kind(String form) {
        List<WordData> analyses = lookup.lookup(form);
        if (analyses.isEmpty()) return Kind.UNKNOWN;
        boolean proper = false;
        boolean common = false;
        for (WordData w : analyses) {
            CharSequence tag = w.getTag();
            if (tag == null) continue;
            String t = tag.toString();
            if (t.startsWith("EIG")) proper = true;
            else if (t.startsWith("SUB")) common = true;
        }
        return proper ? Kind.PROPER : common ? Kind.COMMON : Kind.OTHER;
    }

    /** The lemma of a proper-noun form ("Putins" -> "Putin"), or null. */
    String properLemma(String form) {
        for (WordData w : lookup.lookup(form)) {
            CharSequence tag = w.getTag();
            if (tag != null && tag.toString().startsWith("EIG") && w.getStem() != null) return w.getStem().toString();
        }
        return null;
    }

    /**
     * A capitalised word the dictionary does not know is a common noun when it is a compound of
     * known words: a known word (perhaps with a linking -s/-es/-n/-en) followed by a known common
     * noun ("Munitions|lager", "Schadens|bild"); else it is probably a name ("Sarenburg": "Saren" is
     * no word, so the "Burg" at its end does not make it a noun).
     */
    boolean isUnknownCompoundNoun(String form) {
        for (int i = 3; i <= form.length() - 3; i++) {
            String tail = Character.toUpperCase(form.charAt(i)) + form.substring(i + 1);
            if (kind(tail) != Kind.COMMON) continue;
            String head = form.substring(0, i);
            if (known(head)) return true;
            for (String link : new String[] {"s", "es", "n", "en", "e"}) {
                if (head.length() > link.length() + 2 && head.endsWith(link) && known(head.substring(0, head.length() - link.length()))) return true;
            }
        }
        return false;
    }

    private boolean known(String head) {
        if (kind(head) != Kind.UNKNOWN) return true;
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        return kind(lower) != Kind.UNKNOWN;
    }
}
