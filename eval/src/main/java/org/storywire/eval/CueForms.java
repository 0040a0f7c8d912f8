package org.storywire.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storywire.analyse.DictionaryReader;
import org.storywire.analyse.EnglishDictionary;

/**
 * How often an English verb lemma heading a complement of a given form ("plans to ...", "wondered
 * whether ...") is an annotated attribution in a quotation corpus: the verb lies in a gold cue and the
 * gold content holds the complement. The share is the lemma's precision as a cue of that form; the
 * missed count says how many attributions the extraction misses today that the lemma would reach.
 */
final class CueForms {
    /** The complement forms counted; their names are the keys of the lexicon's complement-cues-en.txt. */
    enum Form { to, wh }

    record Key(Form form, String lemma) {}

    /** Occurrences of a lemma with a form, how many of them are annotated attributions, and how many of those are missed. */
    static final class Count {
        int occurrences;
        int annotated;
        int missed;

        double share() { return occurrences == 0 ? 0 : (double) annotated / occurrences; }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}’'-]*");
    private static final Set<String> WH_WORDS = Set.of("what", "how", "why", "whether", "if", "who", "when", "where");

    private final Map<Key, Count> counts = new TreeMap<>(java.util.Comparator.comparing(Key::form).thenComparing(Key::lemma));

    Map<Key, Count> counts() {
        return Collections.unmodifiableMap(counts);
    }

    private record Word(String lower, int begin, int end) {}

    /** Counts one document; {@code missed} are its gold quotes the extraction did not match. */
    void add(QuotesEvaluation.Document doc, List<QuotesEvaluation.GoldQuote> missed) {
        Map<QuotesEvaluation.GoldQuote, Boolean> missedSet = new IdentityHashMap<>();
        for (QuotesEvaluation.GoldQuote q : missed) missedSet.put(q, true);
        String text = doc.text();
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(new Word(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        for (int i = 0; i + 2 < words.size(); i++) {
            Word verb = words.get(i);
            if (!Character.isLowerCase(text.charAt(verb.begin()))) continue;
            String lemma = verbLemma(verb.lower());
            if (lemma == null) continue;
            Word next = words.get(i + 1);
            if (!text.substring(verb.end(), next.begin()).isBlank()) continue;
            Form form = formOf(text, next, words.get(i + 2));
            if (form == null) continue;
            Count count = counts.computeIfAbsent(new Key(form, lemma), k -> new Count());
            count.occurrences++;
            QuotesEvaluation.GoldQuote gold = attributionAt(doc, verb, next);
            if (gold == null) continue;
            count.annotated++;
            if (missedSet.containsKey(gold)) count.missed++;
        }
    }

    /** "to" before a lower-case word with a verb reading, or a wh-word, right behind the verb; else null. */
    private static Form formOf(String text, Word next, Word afterNext) {
        if (next.lower().equals("to") && text.substring(next.end(), afterNext.begin()).isBlank()
                && Character.isLowerCase(text.charAt(afterNext.begin())) && verbLemma(afterNext.lower()) != null) return Form.to;
        return WH_WORDS.contains(next.lower()) ? Form.wh : null;
    }

    /**
     * The gold attribution whose cue holds the verb and whose content holds the complement's first word, or null.
     * The content may begin before it: "the plan seemed to ..." has the subject and the complement as content.
     */
    private static QuotesEvaluation.GoldQuote attributionAt(QuotesEvaluation.Document doc, Word verb, Word complement) {
        for (QuotesEvaluation.GoldQuote q : doc.quotes()) {
            if (q.quote().overlaps(complement.begin(), complement.begin() + 1) && q.cue().overlaps(verb.begin(), verb.end())) return q;
        }
        return null;
    }

    /** The lemma of the form's first verb reading in the English dictionary, or null. */
    static String verbLemma(String lower) {
        for (DictionaryReader.Entry e : EnglishDictionary.entries(lower)) {
            if (e.tag() != null && e.tag().startsWith("VB") && e.lemma() != null) return e.lemma();
        }
        return null;
    }

    /** The lemmas of each form seen at least {@code minOccurrences} times and annotated in at least {@code minShare} of them. */
    Map<Form, List<String>> select(int minOccurrences, double minShare) {
        Map<Form, List<String>> selected = new TreeMap<>();
        counts.forEach((key, count) -> {
            if (count.occurrences >= minOccurrences && count.share() >= minShare) selected.computeIfAbsent(key.form(), f -> new ArrayList<>()).add(key.lemma());
        });
        return selected;
    }
}
