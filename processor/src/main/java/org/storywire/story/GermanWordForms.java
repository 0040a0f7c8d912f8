package org.storywire.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * German word forms from LanguageTool's morphology dictionary (german-pos-dict, read with
 * morfologik): whether a capitalised word is a common noun ("Trainer", "Entlassung") or may be a
 * name. German capitalises every noun, so capitalisation alone says nothing there; a word the
 * dictionary knows only as a common noun is not a name, and a word it does not know at all
 * (an invented company, a rare surname) is one.
 */
final class GermanWordForms {

    private static final String RESOURCE = "/org/languagetool/resource/de/german.dict";
    private static final Dictionary DICTIONARY = load();

    // DictionaryLookup is not thread-safe: one per thread over the shared, immutable dictionary.
    private static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));

    private GermanWordForms() {}

    /** Whether the dictionary knows {@code word}, as written, as a common noun and never as a proper noun. */
    static boolean isCommonNoun(String word) {
        return kind(word) == Kind.COMMON_NOUN;
    }

    /** Whether the dictionary knows {@code word} as written at all (any part of speech). */
    static boolean isKnown(String word) {
        return kind(word) != Kind.UNKNOWN;
    }

    /** Whether the dictionary knows {@code word} as a first name ("Henrike", "Marcus"): a mention opening with one names a person. */
    static boolean isFirstName(String word) {
        for (WordData form : LOOKUP.get().lookup(word)) {
            CharSequence tag = form.getTag();
            if (tag != null && tag.toString().startsWith("EIG") && tag.toString().endsWith(":VOR")) return true;
        }
        return false;
    }

    enum Kind { UNKNOWN, PROPER_NOUN, COMMON_NOUN, OTHER }

    static Kind kind(String word) {
        List<WordData> forms = LOOKUP.get().lookup(word);
        if (forms.isEmpty()) return Kind.UNKNOWN;
        boolean noun = false;
        for (WordData form : forms) {
            CharSequence tag = form.getTag();
            if (tag == null) continue;
            String t = tag.toString();
            if (t.startsWith("EIG")) return Kind.PROPER_NOUN;
            if (t.startsWith("SUB")) noun = true;
        }
        return noun ? Kind.COMMON_NOUN : Kind.OTHER;
    }

    private static Dictionary load() {
        URL url = GermanWordForms.class.getResource(RESOURCE);
        if (url == null) throw new IllegalStateException("missing " + RESOURCE + " (de.danielnaber:german-pos-dict)");
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
