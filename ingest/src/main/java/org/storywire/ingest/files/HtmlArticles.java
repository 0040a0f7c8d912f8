package org.storywire.ingest.files;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storywire.ingest.article.HtmlText;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.article.PublicationTime;
import org.storywire.ingest.article.PublicationTimes;

/**
 * HTML pages: the body is the page's text (jsoup), with title, canonical URL, outlet and
 * publication time from the usual meta tags (Open Graph, article:published_time, time[datetime])
 * or, failing those, a dateline in the text.
 */
public final class HtmlArticles {
    private HtmlArticles() {
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
        PublicationTime time = PublicationTimes.parse(published).or(() -> PublicationTimes.dateline(body)).orElse(null);
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
