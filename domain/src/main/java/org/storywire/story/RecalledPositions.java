package org.storywire.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storywire.extract.Statement;

/**
 * "Der 61-Jährige hatte vor zwei Tagen noch erklärt, ...", "Noch in der vergangenen Woche hatte Vorstandschef X Berichte ...
 * zurückgewiesen", "The company had denied the report": a position the article recalls in the pluperfect was taken before
 * the news it reports. Where the text gives it no time of its own, the statement carries the publication time, and the fold
 * would take the recalled position for the party's latest, over the news of the same article (a confirmation dated "am
 * Mittwoch"). Such a statement is folded two days before its article: before the news the article reports, which is of
 * the day or the day before (a day's time is its start, in the outlet's zone), and so before the day before begins.
 */
final class RecalledPositions {
    private RecalledPositions() {}

    /** How far before its article a recalled position without a time of its own is folded. */
    static final Duration BEFORE_ARTICLE = Duration.ofDays(2);

    private static final Set<String> GERMAN_AUXILIARIES = Set.of("hatte", "hatten", "hattest");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** When the fold takes the statement to have been made. */
    static Instant at(Statement statement, Instant published) {
        Instant made = statement.madeAt() != null ? statement.madeAt() : published;
        if (made == null || published == null || !made.equals(published) || !recalled(statement)) return made;
        return published.minus(BEFORE_ARTICLE);
    }

    /**
     * Whether a pluperfect auxiliary stands in the sentence before what was said: the saying is in the pluperfect. Where
     * the content opens the sentence (a denial read off the whole sentence), the words up to the first comma, colon,
     * quotation mark or conjunction that opens a clause ("that", "dass") are the saying's. English "had" counts before a
     * participle in -ed or "said"/"told" within two words ("had denied", "had earlier said"), not before "been" ("customer
     * data had been exposed": what happened, not a saying) nor a noun ("the company had no plans").
     */
    static boolean recalled(Statement statement) {
        String text = statement.sentenceText();
        if (text == null) return false;
        int contentStart = statement.content() == null || statement.sentence() == null ? 0 : statement.content().begin() - statement.sentence().begin();
        int end = contentStart > 0 ? Math.min(text.length(), contentStart) : firstBreak(text);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.substring(0, end));
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (contentStart <= 0 && CLAUSE_OPENERS.contains(w)) break;
            words.add(w);
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (GERMAN_AUXILIARIES.contains(w)) return true;
            if (w.equals("had") && beforeParticiple(words, i)) return true;
        }
        return false;
    }

    private static boolean beforeParticiple(List<String> words, int had) {
        for (int k = had + 1; k <= had + 2 && k < words.size(); k++) {
            String w = words.get(k);
            if (w.equals("been")) return false;
            if (w.endsWith("ed") || SAID.contains(w)) return true;
        }
        return false;
    }

    private static final Set<String> SAID = Set.of("said", "told");
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "dass", "ob", "whether", "weil", "because");

    private static int firstBreak(String text) {
        for (int i = 0; i < text.length(); i++) if (BREAKS.indexOf(text.charAt(i)) >= 0) return i;
        return text.length();
    }

    private static final String BREAKS = ",:;\"„“”«»";
}
