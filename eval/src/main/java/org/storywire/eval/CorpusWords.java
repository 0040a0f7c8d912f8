package org.storywire.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A corpus text's words, as the cue learners (CueForms, GermanCueVerbs) count them. */
final class CorpusWords {
    /** A word in lower case with its character span in the text. */
    record Word(String lower, int begin, int end) {}

    private CorpusWords() {}

    /** The text's words in order: each a run of letters and the joiners {@code word} allows. */
    static List<Word> of(String text, Pattern word) {
        List<Word> words = new ArrayList<>();
        Matcher m = word.matcher(text);
        while (m.find()) words.add(new Word(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        return words;
    }

    /** The gold quotes extraction missed, by identity: two gold quotes may be equal records on the same span. */
    static Set<QuotesEvaluation.GoldQuote> missed(List<QuotesEvaluation.GoldQuote> missed) {
        Set<QuotesEvaluation.GoldQuote> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(missed);
        return set;
    }
}
