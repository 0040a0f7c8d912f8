package org.storywire.ingest.article;

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

/**
 * Detects an article's language and answers ISO 639-1 codes: de, en, or another language's code;
 * null when the text is too short or no language stands out. German and English, nearly all the
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
    private static final int MAX_FUNCTION_WORD_LENGTH = 5;
    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "sich", "des",
            "ein", "eine", "zu", "den", "von", "auf", "für", "im", "dem", "auch", "sie", "es", "wird", "wurde", "hat", "bei", "nach");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "that", "for", "was", "with", "on",
            "as", "by", "it", "he", "she", "have", "has", "are", "were", "from", "this", "said", "not", "be", "at", "an");
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

    /** de or en when one language's function words are frequent and the other's rare, else null. */
    static String byFunctionWords(String sample) {
        int words = 0;
        int german = 0;
        int english = 0;
        int start = -1;
        int end = Math.min(sample.length(), FUNCTION_WORD_SAMPLE_CHARS);
        for (int i = 0; i <= end; i++) {
            boolean letter = i < end && Character.isLetter(sample.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                // Every function word is short: longer words need no lookup (nor a substring).
                if (i - start <= MAX_FUNCTION_WORD_LENGTH) {
                    String word = sample.substring(start, i).toLowerCase(Locale.ROOT);
                    german += GERMAN.contains(word) ? 1 : 0;
                    english += ENGLISH.contains(word) ? 1 : 0;
                }
                start = -1;
            }
        }
        if (german >= MIN_FUNCTION_WORD_SHARE * words && german >= 4 * english) {
            return "de";
        }
        if (english >= MIN_FUNCTION_WORD_SHARE * words && english >= 4 * german) {
            return "en";
        }
        return null;
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
