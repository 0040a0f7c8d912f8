package org.storywire.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.storywire.clean.Lexicon;

/**
 * The nouns of documents a party speaks through ("Pressemitteilung", "Schreiben", "statement", "letter") and the verbs
 * of putting one out ("veröffentlichte", "issued"), from {@code document-nouns.txt} and {@code issuing-verbs.txt}.
 */
final class DocumentNouns {
    private static final List<Lexicon.Entry> NOUNS = Lexicon.entries("document-nouns.txt");
    private static final List<String> NOUNS_DE = words(NOUNS, "de").stream().toList();
    private static final Set<String> NOUNS_EN = words(NOUNS, "en");
    private static final List<Lexicon.Entry> VERBS = Lexicon.entries("issuing-verbs.txt");
    private static final Set<String> VERBS_DE = words(VERBS, "de");
    private static final Set<String> VERBS_EN = words(VERBS, "en");
    /** Plural and genitive endings of the German nouns: "Briefe", "Berichts", "Erklärungen". */
    private static final List<String> ENDINGS_DE = List.of("", "e", "en", "n", "s", "es");

    private DocumentNouns() {}

    private static Set<String> words(List<Lexicon.Entry> entries, String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).flatMap(e -> e.words().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** A German capitalised noun ending in a document noun, or an English document noun. */
    static boolean isDocument(Token t, boolean english) {
        if (!t.word() || t.quoted()) return false;
        String w = t.lower();
        if (english) return NOUNS_EN.contains(w);
        if (!t.capitalised()) return false;
        for (String noun : NOUNS_DE) {
            if (!w.contains(noun)) continue;
            for (String ending : ENDINGS_DE) if (w.endsWith(noun + ending)) return true;
        }
        return false;
    }

    /** The verb form's lemma (German: from the dictionary; English: the verb lemma) is one of putting out a text. */
    static boolean isIssuing(Token verb, Morphology morph, boolean english) {
        String form = verb.lower();
        String lemma = english ? morph.englishVerbLemma(form) : morph.germanLemma(form);
        return lemma != null && (english ? VERBS_EN : VERBS_DE).contains(lemma);
    }
}
