package org.storywire.analyse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * One of LanguageTool's morfologik dictionaries, read once from its jar and shared: a
 * {@link DictionaryLookup} is not thread-safe, so each thread has its own.
 */
public final class DictionaryReader {

    /** One analysis of a form: its tag ({@code SUB:NOM:SIN:MAS}, {@code VBD}) and its lemma, either possibly null. */
    public record Entry(String tag, String lemma) {}

    private final ThreadLocal<DictionaryLookup> lookup;

    /** Loads {@code resource} (from {@code artifact}, named when it is missing). */
    DictionaryReader(String resource, String artifact) {
        URL url = DictionaryReader.class.getResource(resource);
        if (url == null) throw new IllegalStateException("missing " + resource + " (" + artifact + ")");
        Dictionary dictionary;
        try {
            dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /**
     * Every analysis of the form as written (case matters), in the dictionary's order; none when it
     * does not know the form. Never throws: a form the automaton cannot take is unknown. The look-up's
     * own results are reused by its next call, so they are copied out here.
     */
    List<Entry> entries(String form) {
        List<WordData> data;
        try {
            data = lookup.get().lookup(form);
        } catch (RuntimeException e) {
            return List.of();
        }
        if (data.isEmpty()) return List.of();
        List<Entry> out = new ArrayList<>(data.size());
        for (WordData w : data) {
            out.add(new Entry(w.getTag() == null ? null : w.getTag().toString(), w.getStem() == null ? null : w.getStem().toString()));
        }
        return out;
    }
}
