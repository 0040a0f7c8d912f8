package org.storywire.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page furniture from an article's text, repairs what would mislead extraction, and finds
 * the publication time in the text when the producer had none. Stateless and thread-safe.
 *
 * <p>Works line by line, because banners, credits, captions and widgets are whole lines on the
 * pages we receive; metadata that sits inside a line is cut out by inline patterns. Quotation
 * marks are left as they are (the extractor reads all three kinds), so evidence stays verbatim.
 */
public final class Cleaner {
    /** The clean article and the map from its text back to the original body. */
    public record Result(CleanArticle article, MappedText mapped) {}

    private static final int MAX_CAPTION_CHARS = 320;
    private static final Pattern TEASER_LINK = Pattern.compile("(?iu)^\\s*(zum artikel|mehr lesen|weiterlesen|read more)\\s*$");
    private static final Pattern CREDIT = Pattern.compile("(?iu)^\\s*(©|\\(c\\)|foto:|bild:|photo:)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"“”»«]?\\s+\\p{Lu}");

    private final List<Pattern> linePatterns = new ArrayList<>();
    private final List<Pattern> inlinePatterns = new ArrayList<>();
    private final Pattern gluedWord;
    /** The glued word forms alone: a line without any of them cannot need a split (see appendLine). */
    private final Pattern gluedForm;

    public Cleaner() {
        for (String entry : Lexicon.lines("boilerplate.txt")) {
            if (entry.startsWith("line:")) linePatterns.add(Pattern.compile("(?iu)" + entry.substring(5)));
            else if (entry.startsWith("inline:")) inlinePatterns.add(Pattern.compile("(?iu)" + entry.substring(7)));
        }
        // A capitalised name with a verb form glued on: split before the verb form.
        String forms = String.join("|", Lexicon.lines("glued-words-de.txt"));
        gluedWord = Pattern.compile("(?<=\\b\\p{Lu}\\p{Ll}{3,30})(?=(" + forms + ")\\b)");
        gluedForm = Pattern.compile("(?:" + forms + ")\\b");
    }

    public CleanArticle clean(Article article) {
        return cleanMapped(article).article();
    }

    public Result cleanMapped(Article article) {
        String body = article.body() == null ? "" : article.body();
        MappedText mapped = cleanText(body);
        java.time.Instant published = article.published();
        TimePrecision precision = article.precision();
        if (published == null) {
            PublicationTime.Found found = PublicationTime.find(body, article.language());
            if (found != null) {
                published = found.instant();
                precision = found.precision();
            } else {
                precision = TimePrecision.UNKNOWN;
            }
        } else if (precision == null) {
            precision = TimePrecision.SECOND;
        }
        CleanArticle clean = new CleanArticle(article.id(), article.outlet(), article.url(), article.title(),
                mapped.text(), article.language(), published, precision);
        return new Result(clean, mapped);
    }

    /** Cleans a body of text, keeping the map to the original offsets. */
    public MappedText cleanText(String body) {
        List<int[]> lines = lines(body);
        boolean[] drop = new boolean[lines.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = body.substring(lines.get(i)[0], lines.get(i)[1]);
            String key = line.strip();
            if (key.isEmpty()) continue;
            if (isBoilerplate(line)) drop[i] = true;
            else if (key.length() >= 20 && !seen.add(key)) drop[i] = true; // repeated caption
            if (TEASER_LINK.matcher(line).find()) dropTeaserBefore(body, lines, i, drop);
        }
        MappedText.Builder out = new MappedText.Builder(body);
        for (int i = 0; i < lines.size(); i++) {
            if (drop[i]) continue;
            int begin = lines.get(i)[0];
            int end = lines.get(i)[1];
            appendLine(body, begin, end, out);
            if (end < body.length()) out.copy(end, end + 1); // the newline
        }
        return out.build();
    }

    private boolean isBoilerplate(String line) {
        for (Pattern p : linePatterns) if (p.matcher(line).find()) return true;
        return false;
    }

    /**
     * A link like "Zum Artikel" closes a teaser of another article: its caption lines and credits
     * directly above it go, up to the first line that reads like article text (several sentences).
     */
    private void dropTeaserBefore(String body, List<int[]> lines, int linkIndex, boolean[] drop) {
        drop[linkIndex] = true;
        for (int j = linkIndex - 1; j >= 0; j--) {
            String line = body.substring(lines.get(j)[0], lines.get(j)[1]).strip();
            if (line.isEmpty()) continue;
            boolean credit = CREDIT.matcher(line).find();
            boolean caption = line.length() <= MAX_CAPTION_CHARS && !SENTENCE_END.matcher(line).find();
            if (!credit && !caption) return;
            drop[j] = true;
        }
    }

    private void appendLine(String body, int begin, int end, MappedText.Builder out) {
        String line = body.substring(begin, end);
        boolean[] cut = new boolean[line.length()];
        boolean anyCut = false;
        for (Pattern p : inlinePatterns) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                for (int k = m.start(); k < m.end(); k++) cut[k] = true;
                anyCut = true;
            }
        }
        Set<Integer> splitBefore = new HashSet<>();
        // The split pattern's lookbehind is tried at every position of the line, the most costly step
        // of cleaning; the forms are rare, so look for them first.
        if (gluedForm.matcher(line).find()) {
            Matcher glued = gluedWord.matcher(line);
            while (glued.find()) splitBefore.add(glued.start());
        }
        if (!anyCut && splitBefore.isEmpty()) {
            out.copy(begin, end);
            return;
        }
        int lineStart = out.length();
        for (int k = 0; k < line.length(); k++) {
            if (cut[k]) continue;
            if (splitBefore.contains(k)) out.insert(' ', begin + k);
            // collapse the double blank a cut leaves behind
            char c = line.charAt(k);
            if (c == ' ' && out.length() > lineStart && out.charAt(out.length() - 1) == ' ') continue;
            out.copy(begin + k, begin + k + 1);
        }
    }

    private static List<int[]> lines(String body) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        lines.add(new int[] {start, body.length()});
        return lines;
    }
}
