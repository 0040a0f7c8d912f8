package org.storywire.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The stemmed terms of words the document model has already cut: the filters of Lucene's German
 * and English analyzers (possessive, lower case, stop words, umlaut folding, stemmer), in their
 * order, without their tokenizer. Like that tokenizer, a word is split at its hyphens and
 * ampersands ("US-Präsident" gives "us" and "präsident"), which the model keeps inside one word.
 * Not thread-safe: one instance per {@link EventSignatures}.
 */
final class TermStems {
    /** Shorter terms and terms not starting with a letter (numbers, years) say little about an event. */
    private static final int MIN_LENGTH = 3;

    // One chain per language, built once and reset for each call: building a chain costs about as much as running it on a title.
    private final Parts germanWords = new Parts();
    private final Parts englishWords = new Parts();
    private final TokenStream german = filters(germanWords, true);
    private final TokenStream english = filters(englishWords, false);

    /** Adds {@code weight} to each term of {@code words} in {@code terms}. */
    void add(List<String> words, boolean german, double weight, Map<String, Double> terms) {
        if (words.isEmpty()) return;
        (german ? germanWords : englishWords).words = words;
        TokenStream stream = german ? this.german : english;
        CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
        try {
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (t.length() < MIN_LENGTH || !Character.isLetter(t.charAt(0))) continue;
                terms.merge(t, weight, Double::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link GermanAnalyzer} and {@link EnglishAnalyzer} chain them after their tokenizer. */
    private static TokenStream filters(TokenStream words, boolean german) {
        if (german) {
            return new GermanLightStemFilter(new GermanNormalizationFilter(
                    new StopFilter(new LowerCaseFilter(words), GermanAnalyzer.getDefaultStopSet())));
        }
        return new PorterStemFilter(new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(words)),
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    }

    /** The words as a token stream, each split at its hyphens and ampersands. */
    private static final class Parts extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private List<String> words = List.of();
        private int word;
        private int from;

        @Override
        public boolean incrementToken() {
            while (word < words.size()) {
                String w = words.get(word);
                int to = from;
                while (to < w.length() && w.charAt(to) != '-' && w.charAt(to) != '&') to++;
                int start = from;
                if (to >= w.length()) {
                    word++;
                    from = 0;
                } else {
                    from = to + 1;
                }
                if (to > start) {
                    clearAttributes();
                    term.setEmpty().append(w, start, to);
                    return true;
                }
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            word = 0;
            from = 0;
        }
    }
}
