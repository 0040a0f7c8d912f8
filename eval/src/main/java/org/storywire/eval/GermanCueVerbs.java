package org.storywire.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.storywire.analyse.DictionaryReader;
import org.storywire.eval.CorpusWords.Word;
import org.storywire.analyse.GermanDictionary;

/**
 * How often a German verb lemma is the head of an annotated cue in a quotation corpus: every lower-case form the
 * dictionary reads as a verb counts once for its lemma, and is annotated when it lies in a gold cue. A separable
 * verb counts under its whole lemma where its particle closes the clause ("stellte ... fest" is "feststellen").
 * The share is the lemma's precision as a cue; the lemmas with enough occurrences and a high enough share are the
 * lexicon's learned-cues-de.txt.
 */
final class GermanCueVerbs {
    /** A lemma with the separable particle it needs when split (null when none). */
    record Lemma(String lemma, String particle) {}

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*");

    /** The forms the hand list spells: extraction reads them by the list, so they say nothing of what a learned lemma adds. */
    private final Set<String> listed;

    GermanCueVerbs(Set<String> listed) {
        this.listed = listed;
    }

    /** The forms of a cue list in the lexicon's format (class TAB forms [TAB particle]). */
    static Set<String> listedForms(List<String> lines) {
        Set<String> forms = new HashSet<>();
        for (String line : lines) forms.addAll(List.of(line.split("\t")[1].toLowerCase(Locale.ROOT).split("\\s+")));
        return forms;
    }

    private final Map<Lemma, CueForms.Count> counts = new TreeMap<>(
            Comparator.comparing(Lemma::lemma).thenComparing(l -> l.particle() == null ? "" : l.particle()));

    Map<Lemma, CueForms.Count> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Counts one document; {@code missed} are its gold quotes the extraction did not match. */
    void add(QuotesEvaluation.Document doc, List<QuotesEvaluation.GoldQuote> missed) {
        Set<QuotesEvaluation.GoldQuote> missedSet = CorpusWords.missed(missed);
        String text = doc.text();
        List<Word> words = CorpusWords.of(text, WORD);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!Character.isLowerCase(text.charAt(w.begin())) || listed.contains(w.lower())) continue;
            String lemma = verbLemma(w.lower());
            if (lemma == null) continue;
            Lemma key = new Lemma(lemma, null);
            Word last = clauseEnd(text, words, i);
            // a separable verb splits off its particle only in a finite form: "stellte ... fest", "festgestellt"
            if (last != w && finite(w.lower()) && Character.isLowerCase(text.charAt(last.begin())) && (last.lower() + lemma).equals(verbLemma(last.lower() + lemma))) {
                key = new Lemma(last.lower() + lemma, last.lower());
            }
            CueForms.Count count = counts.computeIfAbsent(key, k -> new CueForms.Count());
            count.occurrences++;
            QuotesEvaluation.GoldQuote gold = cueAt(doc, w);
            if (gold == null) continue;
            count.annotated++;
            if (missedSet.contains(gold)) count.missed++;
        }
    }

    /** The last word of the clause of word i: the word before the next punctuation (only spaces between words). */
    private static Word clauseEnd(String text, List<Word> words, int i) {
        int k = i;
        while (k + 1 < words.size() && text.substring(words.get(k).end(), words.get(k + 1).begin()).isBlank()) k++;
        return words.get(k);
    }

    private static QuotesEvaluation.GoldQuote cueAt(QuotesEvaluation.Document doc, Word w) {
        for (QuotesEvaluation.GoldQuote q : doc.quotes()) if (q.cue().overlaps(w.begin(), w.end())) return q;
        return null;
    }

    /** The lemma of the form's first verb reading in the German dictionary, or null. */
    static String verbLemma(String lower) {
        for (DictionaryReader.Entry e : GermanDictionary.entries(lower)) {
            if (e.tag() != null && e.tag().startsWith("VER") && e.lemma() != null) return e.lemma();
        }
        return null;
    }

    private static boolean finite(String lower) {
        for (DictionaryReader.Entry e : GermanDictionary.entries(lower)) {
            String tag = e.tag();
            if (tag != null && tag.startsWith("VER") && (tag.contains(":PRÄ") || tag.contains(":PRT") || tag.contains(":KJ"))) return true;
        }
        return false;
    }

    /** The lemmas seen at least {@code minOccurrences} times whose share's lower bound at {@code z} is at least {@code minShare}. */
    List<Lemma> select(int minOccurrences, double minShare, double z) {
        List<Lemma> selected = new ArrayList<>();
        counts.forEach((lemma, count) -> {
            if (CueForms.selects(count, minOccurrences, minShare, z)) selected.add(lemma);
        });
        return selected;
    }
}
