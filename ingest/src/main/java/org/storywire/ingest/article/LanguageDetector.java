package org.storywire.ingest.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects an article's language with OpenNLP's language detection model (103 languages, ISO 639-3
 * codes) and answers ISO 639-1 codes: de, en, or another language's code; null when the text is too
 * short or no language stands out. The model is shared; detectors are per thread because OpenNLP's
 * ME classes are not thread-safe.
 */
public final class LanguageDetector {
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Enough text to tell languages apart; more only costs time. */
    private static final int SAMPLE_CHARS = 2_000;
    private static final int MIN_LETTERS = 20;
    private static final double MIN_CONFIDENCE = 0.2;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private final ThreadLocal<LanguageDetectorME> detectors;

    private LanguageDetector(LanguageDetectorModel model) {
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** Loads the model from the classpath (about a second; do it once). */
    public static LanguageDetector load() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_RESOURCE + " is missing: is opennlp-models-langdetect on the classpath?");
            }
            return new LanguageDetector(new LanguageDetectorModel(in));
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
        Language best = detectors.get().predictLanguage(sample);
        if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
            return null;
        }
        return ISO3_TO_ISO1.get(best.getLang());
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
