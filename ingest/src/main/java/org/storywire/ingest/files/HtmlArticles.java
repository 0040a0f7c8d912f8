package org.storywire.ingest.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storywire.ingest.article.HtmlText;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.article.PublicationTime;
import org.storywire.ingest.article.PublicationTimes;
import org.storywire.ingest.article.Utf8;

/**
 * HTML pages: the body is the page's text (jsoup), with title, canonical URL, outlet and
 * publication time from the usual meta tags (Open Graph, article:published_time, time[datetime])
 * or, failing those, a dateline in the text.
 */
public final class HtmlArticles {
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlArticles() {
    }

    /**
     * The page's text: UTF-8, or the charset its meta tag declares (older pages are often
     * windows-1252 or ISO-8859-1). Invalid UTF-8 in a page that declares none is an error.
     */
    public static String decode(byte[] bytes) throws Utf8.InvalidUtf8Exception {
        try {
            return Utf8.decode(bytes);
        } catch (Utf8.InvalidUtf8Exception notUtf8) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher declared = META_CHARSET.matcher(head);
            if (declared.find()) {
                try {
                    Charset charset = Charset.forName(declared.group(1));
                    if (!charset.equals(StandardCharsets.UTF_8)) {
                        return new String(bytes, charset);
                    }
                } catch (IllegalArgumentException unknownCharset) {
                    // fall through: report the bytes as invalid UTF-8
                }
            }
            throw notUtf8;
        }
    }

    public static IncomingArticle parse(String html, String id, String feed) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), doc.title());
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "meta[property=og:url]"));
        String outlet = meta(doc, "meta[property=og:site_name]");
        String published = firstNonBlank(
                meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"),
                meta(doc, "meta[name=date]"),
                attr(doc, "time[datetime]", "datetime"));
        String body = HtmlText.of(doc.body());
        PublicationTime time = PublicationTimes.parse(published).or(() -> PublicationTimes.dateline(body, null)).orElse(null);
        return new IncomingArticle(id, "files", outlet, url, blankToNull(title), body, null, time, null, feed);
    }

    private static String meta(Document doc, String selector) {
        return attr(doc, selector, "content");
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element element = doc.selectFirst(selector);
        return element == null ? null : blankToNull(element.attr(attribute));
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
