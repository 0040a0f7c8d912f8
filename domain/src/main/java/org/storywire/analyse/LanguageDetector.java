package org.storywire.analyse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.storywire.clean.Lexicon;

/**
 * The one language detector: ingest records each article's language with {@link #detect}, and the
 * domain's cheap two-way questions (is this statement, lead or body English or German?) go to
 * {@link #isEnglish}, which counts the same function words.
 *
 * <p>{@link #detect} answers ISO 639-1 codes: de, en, or another language's code; null when the
 * text is too short or no language stands out. German and English, nearly all the
 * traffic, are told apart by their function words in microseconds; anything else goes to OpenNLP's
 * language detection model (103 languages), which costs about 2 ms for a 1,600-character article
 * and would otherwise cap bulk ingest near 500 articles/s per core. The model is shared; OpenNLP
 * detectors are per thread because its ME classes are not thread-safe.
 */
public final class LanguageDetector {
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Enough text to tell languages apart; more only costs time. */
    private static final int SAMPLE_CHARS = 2_000;
    private static final int MIN_LETTERS = 20;
    /** OpenNLP spreads probability over 103 languages: trust the best only when it clearly leads. */
    private static final double MIN_LEAD = 2.0;
    /** Share of words that must be function words of one language for the fast path to decide. */
    private static final double MIN_FUNCTION_WORD_SHARE = 0.15;
    private static final int FUNCTION_WORD_SAMPLE_CHARS = 1_000;
    /** The two-way question reads more: a statement's text is short, an article's lead decides early anyway. */
    private static final int TWO_WAY_SAMPLE_CHARS = 4_000;
    private static final int MAX_FUNCTION_WORD_LENGTH = 5;
    private static final Set<String> GERMAN = functionWords("language-function-words-de.txt");
    private static final Set<String> ENGLISH = functionWords("language-function-words-en.txt");
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private volatile LanguageDetectorModel model;
    private final ThreadLocal<LanguageDetectorME> detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

    private LanguageDetector() {
    }

    /** A detector; the OpenNLP model (10 MB, a second or more to load) is loaded only when first needed. */
    public static LanguageDetector create() {
        return new LanguageDetector();
    }

    private LanguageDetectorModel model() {
        LanguageDetectorModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = loadModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_RESOURCE + " is missing: is opennlp-models-langdetect on the classpath?");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the language detection model", e);
        }
    }

    /** ISO 639-1 code of the text's language, or null when it cannot be told. */
    public String detect(String text) {
        if (text == null || countLetters(text) < MIN_LETTERS) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String byFunctionWords = byFunctionWords(sample);
        if (byFunctionWords != null) {
            return byFunctionWords;
        }
        Language[] ranked = detectors.get().predictLanguages(sample);
        if (ranked.length == 0 || (ranked.length > 1 && ranked[0].getConfidence() < MIN_LEAD * ranked[1].getConfidence())) {
            return null;
        }
        return ISO3_TO_ISO1.get(ranked[0].getLang());
    }

    /**
     * English or German, for text known to be one of the two (a statement, a lead, a body without a
     * recorded language): English when its English function words outnumber its German ones.
     * Cheap (no model), so it may run on every statement.
     */
    public static boolean isEnglish(String text) {
        if (text == null) return false;
        FunctionWords counted = FunctionWords.count(text, TWO_WAY_SAMPLE_CHARS);
        return counted.english > counted.german;
    }

    /** de or en when one language's function words are frequent and the other's rare, else null. */
    static String byFunctionWords(String sample) {
        FunctionWords counted = FunctionWords.count(sample, FUNCTION_WORD_SAMPLE_CHARS);
        if (counted.german >= MIN_FUNCTION_WORD_SHARE * counted.words && counted.german >= 4 * counted.english) {
            return "de";
        }
        if (counted.english >= MIN_FUNCTION_WORD_SHARE * counted.words && counted.english >= 4 * counted.german) {
            return "en";
        }
        return null;
    }

    /** Words, German function words and English function words in the first {@code maxChars} of a text. */
    private record FunctionWords(int words, int german, int english) {
        static FunctionWords count(String text, int maxChars) {
            int words = 0;
            int german = 0;
            int english = 0;
            int start = -1;
            int end = Math.min(text.length(), maxChars);
            for (int i = 0; i <= end; i++) {
                boolean letter = i < end && Character.isLetter(text.charAt(i));
                if (letter && start < 0) {
                    start = i;
                } else if (!letter && start >= 0) {
                    words++;
                    // Every function word is short: longer words need no lookup (nor a substring).
                    if (i - start <= MAX_FUNCTION_WORD_LENGTH) {
                        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                        german += GERMAN.contains(word) ? 1 : 0;
                        english += ENGLISH.contains(word) ? 1 : 0;
                    }
                    start = -1;
                }
            }
            return new FunctionWords(words, german, english);
        }
    }

    /** A function word list; a longer word would never be looked up, so the list may not hold one. */
    private static Set<String> functionWords(String resource) {
        Set<String> words = Lexicon.words(resource);
        for (String word : words) {
            if (word.length() > MAX_FUNCTION_WORD_LENGTH) throw new IllegalStateException(resource + ": longer than " + MAX_FUNCTION_WORD_LENGTH + " letters: " + word);
        }
        return words;
    }

    private static int countLetters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        // OpenNLP names some macrolanguages by an individual language's code.
        map.put("cmn", "zh");
        map.put("pes", "fa");
        map.put("zsm", "ms");
        map.put("lvs", "lv");
        map.put("ekk", "et");
        map.put("nob", "no");
        return Map.copyOf(map);
    }
}
