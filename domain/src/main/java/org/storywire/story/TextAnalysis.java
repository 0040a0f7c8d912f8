package org.storywire.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Lucene-based normalisation shared by grouping and near-duplicate detection: lower case, German
 * umlaut/ß folding (so "Gespräch" and "Gespraech" meet), and a light stemmer for the article's
 * language, which the caller gives (German light stemmer, else Porter for English): a statement
 * is stemmed in the language its article was read in, not in a guess from its few words.
 */
public final class TextAnalysis {

    // Analyzers keep one tokenizer chain per thread and reuse it: building a StandardTokenizer per call
    // cost more than tokenizing the short statement texts this runs on.
    private static final Analyzer WORDS = analyzer(normalised -> normalised);
    // Stemming filters over words already normalised, one chain per thread per language, reset for each call.
    private static final ThreadLocal<Stemmer> GERMAN_STEMS = ThreadLocal.withInitial(() -> new Stemmer(GermanLightStemFilter::new));
    private static final ThreadLocal<Stemmer> ENGLISH_STEMS = ThreadLocal.withInitial(() -> new Stemmer(PorterStemFilter::new));

    private TextAnalysis() {}

    /** Lower-cased, umlaut-folded word tokens ("Gespräche" -> "gesprache"). */
    public static List<String> tokens(String text) {
        return text == null ? List.of() : words(text).all();
    }

    /**
     * The words of the texts tokenised last, per thread: the grouper reads an article's sentence once
     * for each statement in it (with offsets, {@link #words}) and again for the headline, the figures
     * and the successor test (without, {@link #tokens}); a {@link Words} is never changed by its readers.
     * A few hundred cover one article.
     */
    private static final int RECENT_KEPT = 256;
    private static final ThreadLocal<Map<String, Words>> RECENT_WORDS = ThreadLocal.withInitial(() -> new LinkedHashMap<>(RECENT_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Words> eldest) {
            return size() > RECENT_KEPT;
        }
    });

    /** The stems of words {@link #tokens} or {@link Words} gave, in the article's language: for comparing content terms across inflections. */
    public static List<String> stems(List<String> words, boolean english) {
        return words.isEmpty() ? List.of() : (english ? ENGLISH_STEMS : GERMAN_STEMS).get().stems(words);
    }

    /**
     * The text's words ({@link #tokens}) with their offsets, tokenised once for every part of the text its reader looks at.
     * The one loop over Lucene's chain: {@link #tokens} is its words without the offsets.
     */
    static Words words(String text) {
        if (text == null || text.isBlank()) return new Words("", List.of(), new int[0], new int[0]);
        Map<String, Words> recent = RECENT_WORDS.get();
        Words words = recent.get(text);
        if (words == null) {
            words = tokenised(text);
            recent.put(text, words);
        }
        return words;
    }

    private static Words tokenised(String text) {
        List<String> terms = new ArrayList<>();
        int[] begins = new int[16];
        int[] ends = new int[16];
        try (TokenStream stream = WORDS.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (terms.size() == begins.length) {
                    begins = java.util.Arrays.copyOf(begins, begins.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                begins[terms.size()] = offset.startOffset();
                ends[terms.size()] = offset.endOffset();
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Words(text, List.copyOf(terms), begins, ends);
    }

    /** Every term of the stream, reset before and ended after. */
    private static List<String> terms(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        List<String> out = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) out.add(term.toString());
        stream.end();
        return out;
    }

    private static Analyzer analyzer(UnaryOperator<TokenStream> stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                // "the bank's chief": the possessive 's is no part of the word, so "bank's" and "bank" are one term
                return new TokenStreamComponents(tokenizer, stemmer.apply(new GermanNormalizationFilter(new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer)))));
            }
        };
    }

    /** A stemming filter fed with words instead of a tokenizer: the words are normalised already, so only the stemmer runs. */
    private static final class Stemmer {
        private final WordList words = new WordList();
        private final TokenStream chain;

        Stemmer(UnaryOperator<TokenStream> stemmer) {
            chain = stemmer.apply(words);
        }

        List<String> stems(List<String> in) {
            words.words = in;
            try {
                return terms(chain);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The words as a token stream, one token each. */
    private static final class WordList extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private List<String> words = List.of();
        private int next;

        @Override
        public boolean incrementToken() {
            if (next >= words.size()) return false;
            clearAttributes();
            term.setEmpty().append(words.get(next++));
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
