package org.storywire.story;

import org.storywire.analyse.LanguageDetector;
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
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene-based normalisation shared by grouping and near-duplicate detection: lower case, German
 * umlaut/ß folding (so "Gespräch" and "Gespraech" meet), and a light stemmer for the language the
 * text is in (German light stemmer, else Porter for English).
 */
public final class TextAnalysis {


    // Analyzers keep one tokenizer chain per thread and reuse it: building a StandardTokenizer per call
    // cost more than tokenizing the short statement texts this runs on.
    private static final Analyzer WORDS = analyzer(normalised -> normalised);
    private static final Analyzer GERMAN_STEMS = analyzer(GermanLightStemFilter::new);
    private static final Analyzer ENGLISH_STEMS = analyzer(PorterStemFilter::new);

    private TextAnalysis() {}

    /** Lower-cased, umlaut-folded word tokens ("Gespräche" -> "gesprache"). */
    public static List<String> tokens(String text) {
        if (text == null) return run(null, false);
        Map<String, List<String>> recent = RECENT_TOKENS.get();
        List<String> tokens = recent.get(text);
        if (tokens == null) {
            tokens = List.copyOf(run(text, false));
            recent.put(text, tokens);
        }
        return tokens;
    }

    /**
     * Token lists of the texts tokenised last, per thread: the grouper reads an article's sentence once
     * for each statement in it and again for the headline and the language, and the list is never
     * changed by its readers. A few hundred cover one article.
     */
    private static final int RECENT_KEPT = 256;
    private static final ThreadLocal<Map<String, List<String>>> RECENT_TOKENS = ThreadLocal.withInitial(() -> new LinkedHashMap<>(RECENT_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > RECENT_KEPT;
        }
    });

    /** Normalised and stemmed tokens, for comparing content terms across inflections. */
    public static List<String> stems(String text) {
        return run(text, true);
    }

    /** The language detector's cheap two-way guess, on tokens: German first, English if clearly English. */
    public static boolean isEnglish(List<String> tokens) {
        return LanguageDetector.isEnglish(String.join(" ", tokens));
    }

    private static List<String> run(String text, boolean stem) {
        if (text == null || text.isBlank()) return List.of();
        Analyzer analyzer = !stem ? WORDS : isEnglish(tokens(text)) ? ENGLISH_STEMS : GERMAN_STEMS;
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) out.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Analyzer analyzer(UnaryOperator<TokenStream> stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, stemmer.apply(new GermanNormalizationFilter(new LowerCaseFilter(tokenizer))));
            }
        };
    }
}
