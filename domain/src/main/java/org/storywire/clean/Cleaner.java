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
    /** A list of related articles is short; beyond it a short line is more likely a subheading of this one. */
    private static final int MAX_RELATED_HEADLINES = 5;
    /** Banners, widgets and metadata lines are short: longer lines are article text and skip the line patterns. */
    private static final int MAX_FURNITURE_LINE = 1_000;
    /**
     * The patterns that may match anywhere in a line ("... unserer Werbepartner ...") drop it only up
     * to a banner's length: a paragraph of article text may name the same words.
     */
    private static final int MAX_BANNER_CHARS = 300;
    /** Metadata inside a line ("date 2024-11", "Stand: ...") sits at its start. */
    private static final int INLINE_SCAN_CHARS = 600;
    private static final int MAX_GLUED_NAME = 30;
    private static final Pattern TEASER_LINK = Pattern.compile("(?iu)^\\s*(zum artikel|mehr lesen|weiterlesen|read more)\\s*$");
    private static final Pattern CREDIT = Pattern.compile("(?iu)^\\s*(©|\\(c\\)|foto:|bild:|photo:)");
    /** A picture credit on a line of its own: the line directly above it is the picture's caption. */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?iu)^\\s*(©\\s*)?(fotos?|bild|photos?|pictures?|image|credit)\\s*:");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"“”»«]?\\s+\\p{Lu}");

    /** Unanchored line patterns, matched on the lower-cased line (case-insensitive matching is slow), each where its words are. */
    private final GatedAlternation linePattern;
    /**
     * Patterns anchored at the line start, each tried only on a line holding its words: as one alternation every line
     * paid for "^[^.!?]{0,80}\b(abo|...)" backtracking over its first 80 characters. Each alternative opens with
     * "^", so it occurs in a line only at its start, as the alternation's lookingAt matched.
     */
    private final GatedAlternation anchoredLinePattern;
    private final List<String> triggers = new ArrayList<>();
    /** Line patterns that need the original case ("Von Anna Muster"). */
    private final Pattern caseLinePattern;
    private final List<Pattern> inlinePatterns = new ArrayList<>();
    /** A heading over links to other articles, with the headline it may carry on its line (group 1). */
    private final Pattern relatedHeading;
    private final List<String> gluedForms = Lexicon.lines("glued-words-de.txt");

    public Cleaner() {
        List<String> lower = new ArrayList<>();
        List<String> anchored = new ArrayList<>();
        List<String> cased = new ArrayList<>();
        List<String> related = new ArrayList<>();
        for (String entry : Lexicon.lines("boilerplate.txt")) {
            if (entry.startsWith("trigger:")) {
                triggers.add(entry.substring(8));
            } else if (entry.startsWith("line:")) {
                String re = entry.substring(5);
                (re.contains("\\p{Lu}") || re.contains("(?-i:") ? cased : re.startsWith("^") ? anchored : lower).add("(?:" + re + ")");
            } else if (entry.startsWith("inline:")) {
                inlinePatterns.add(Pattern.compile("(?iu)" + entry.substring(7)));
            } else if (entry.startsWith("related:")) {
                related.add(Pattern.quote(entry.substring(8)));
            }
        }
        relatedHeading = Pattern.compile("(?iu)^\\s*(?:" + String.join("|", related) + ")\\s*(?::\\s*(.*))?$");
        linePattern = GatedAlternation.of("(?u)", lower);
        anchoredLinePattern = GatedAlternation.of("(?u)", anchored);
        caseLinePattern = cased.isEmpty() ? null : Pattern.compile("(?iu)" + String.join("|", cased).replace("[\\p{Lu}]", "(?-i:\\p{Lu})"));
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
            if (line.length() <= MAX_FURNITURE_LINE && isBoilerplate(line)) {
                drop[i] = true;
                if (PICTURE_CREDIT.matcher(line).find()) dropCaptionAbove(body, lines, i, drop);
            } else if (key.length() >= 20 && !seen.add(key)) drop[i] = true; // repeated caption
            if (TEASER_LINK.matcher(line).find()) dropTeaserBefore(body, lines, i, drop);
            Matcher heading = relatedHeading.matcher(line);
            if (heading.matches()) i = dropRelated(body, lines, i, heading.group(1), drop);
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
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        if (anchoredLinePattern.find(lower)) return true;
        if (caseLinePattern != null && caseLinePattern.matcher(line).lookingAt()) return true;
        if (line.length() > MAX_BANNER_CHARS) return false;
        for (String trigger : triggers) {
            if (lower.contains(trigger)) return linePattern.find(lower);
        }
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
            boolean caption = isHeadline(line);
            if (!credit && !caption) return;
            drop[j] = true;
        }
    }

    /**
     * A caption sits on the line directly above its picture's credit ("Unter Druck: der Trainer an der
     * Seitenlinie." over "Foto: ..."); a line of article text is set off from the credit by a blank line.
     */
    private static void dropCaptionAbove(String body, List<int[]> lines, int creditIndex, boolean[] drop) {
        if (creditIndex == 0) return;
        String above = body.substring(lines.get(creditIndex - 1)[0], lines.get(creditIndex - 1)[1]).strip();
        if (!above.isEmpty() && isHeadline(above)) drop[creditIndex - 1] = true;
    }

    /**
     * "Mehr zum Thema: Tarifrunde im Überblick", or "Related" over a list of headlines: the headlines
     * are other articles', and their names would count as this article's actors. The heading goes
     * with a headline on its own line, else with the headline-like lines below it, up to the first
     * line of article text. Returns the last line dropped.
     */
    private int dropRelated(String body, List<int[]> lines, int headingIndex, String sameLine, boolean[] drop) {
        if (sameLine != null && !sameLine.isBlank()) {
            if (isHeadline(sameLine.strip()) || isQuestionHeadline(sameLine.strip())) drop[headingIndex] = true;
            return headingIndex;
        }
        drop[headingIndex] = true;
        int last = headingIndex;
        int headlines = 0;
        for (int j = headingIndex + 1; j < lines.size() && headlines < MAX_RELATED_HEADLINES; j++) {
            String line = body.substring(lines.get(j)[0], lines.get(j)[1]).strip();
            if (line.isEmpty()) continue;
            if (!isHeadline(line)) break;
            headlines++;
            drop[j] = true;
            last = j;
        }
        return last;
    }

    private static boolean isHeadline(String line) {
        return line.length() <= MAX_CAPTION_CHARS && !SENTENCE_END.matcher(line).find();
    }

    /** "Are scooter batteries safe? What owners should know": a question and its subline, no closing stop. */
    private static boolean isQuestionHeadline(String line) {
        if (line.length() > MAX_CAPTION_CHARS || line.isEmpty() || ".!?\"“”".indexOf(line.charAt(line.length() - 1)) >= 0) return false;
        Matcher end = SENTENCE_END.matcher(line);
        while (end.find()) {
            if (line.charAt(end.start()) != '?') return false;
        }
        return true;
    }

    private void appendLine(String body, int begin, int end, MappedText.Builder out) {
        String line = body.substring(begin, end);
        boolean[] cut = new boolean[line.length()];
        boolean anyCut = false;
        String head = line.substring(0, Math.min(line.length(), INLINE_SCAN_CHARS)).toLowerCase(java.util.Locale.ROOT);
        boolean mayHoldMetadata = head.contains("date 1") || head.contains("date 2") || head.contains("stand:") || head.contains("©");
        for (Pattern p : mayHoldMetadata ? inlinePatterns : List.<Pattern>of()) {
            Matcher m = p.matcher(line).region(0, Math.min(line.length(), INLINE_SCAN_CHARS));
            while (m.find()) {
                for (int k = m.start(); k < m.end(); k++) cut[k] = true;
                anyCut = true;
            }
        }
        Set<Integer> splitBefore = gluedSplits(line);
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

    /**
     * Where a verb form is glued to a capitalised name ("Verstkahätten"): the form ends a word and
     * follows at least three lower-case letters that follow a capital starting the word.
     */
    private Set<Integer> gluedSplits(String line) {
        Set<Integer> splits = new HashSet<>();
        for (String form : gluedForms) {
            for (int at = line.indexOf(form); at >= 0; at = line.indexOf(form, at + 1)) {
                int end = at + form.length();
                if (end < line.length() && Character.isLetter(line.charAt(end))) continue;
                int k = at - 1;
                while (k >= 0 && at - k <= MAX_GLUED_NAME && Character.isLowerCase(line.charAt(k))) k--;
                int lower = at - 1 - k;
                boolean wordStart = k == 0 || k > 0 && !Character.isLetterOrDigit(line.charAt(k - 1));
                if (lower >= 3 && k >= 0 && Character.isUpperCase(line.charAt(k)) && wordStart) splits.add(at);
            }
        }
        return splits;
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
