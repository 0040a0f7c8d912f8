package org.storywire.ingest.files;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.article.PublicationTime;
import org.storywire.ingest.article.PublicationTimes;

/**
 * Plain-text articles. The first non-empty line may start with metadata, {@code key value} pairs
 * such as {@code date 2024-11}, {@code url https://...} or {@code language de}, possibly followed by
 * the text itself on the same line. Otherwise the publication time comes from a dateline in the
 * text ("Stand: 11.11.2024 08:01 Uhr"), whichever is more precise. The body is the file's text
 * unchanged, metadata included: cleaning is the processor's job.
 */
public final class TextArticles {
    private static final Pattern METADATA = Pattern.compile(
            "^\\s*(date|published|url|language|lang)\\s*:?\\s+(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-zA-Z]{2,3}");

    private TextArticles() {
    }

    public static IncomingArticle parse(String text, String id, String feed) {
        PublicationTime published = null;
        String url = null;
        String language = null;
        String rest = firstNonEmptyLine(text);
        // Pairs are read while their values make sense, so that text which merely starts with
        // such a word ("Language barriers ...", "Date palms ...") is not taken for metadata.
        for (Matcher m = METADATA.matcher(rest); m.find(); m = METADATA.matcher(rest)) {
            String value = m.group(2);
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "date", "published" -> {
                    Optional<PublicationTime> time = PublicationTimes.parse(value);
                    if (time.isEmpty()) {
                        return article(text, id, feed, published, url, language);
                    }
                    published = time.get();
                }
                case "url" -> {
                    if (!value.startsWith("http://") && !value.startsWith("https://")) {
                        return article(text, id, feed, published, url, language);
                    }
                    url = value;
                }
                default -> {
                    if (!LANGUAGE_CODE.matcher(value).matches()) {
                        return article(text, id, feed, published, url, language);
                    }
                    language = value.toLowerCase(Locale.ROOT);
                }
            }
            rest = rest.substring(m.end());
        }
        return article(text, id, feed, published, url, language);
    }

    /**
     * The article, with the time the processor's cleaner reads in the text (its dateline, or the metadata
     * line read in the outlet's zone: "date 2024-11" of a German article starts in Berlin time) unless the
     * metadata is more precise: ingest and a run over the same file agree on when it was published.
     */
    private static IncomingArticle article(String text, String id, String feed, PublicationTime published, String url, String language) {
        PublicationTime dateline = PublicationTimes.dateline(text, language).orElse(null);
        if (dateline != null && (published == null || !published.finerThan(dateline))) {
            published = dateline;
        }
        return new IncomingArticle(id, "files", null, url, null, text, language, published, null, feed);
    }

    private static String firstNonEmptyLine(String text) {
        for (String line : text.lines().limit(50).toList()) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }
}
