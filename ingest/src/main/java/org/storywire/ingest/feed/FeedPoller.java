package org.storywire.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.storywire.avro.TimePrecision;
import org.storywire.ingest.article.HtmlText;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.article.PublicationTime;

/**
 * Fetches RSS 2.0 and Atom feeds (Rome) with conditional GET: the ETag and Last-Modified a feed
 * answered are sent back next time, so an unchanged feed costs a 304 and nothing is parsed. Each
 * entry becomes one article: id from the guid (Atom id), else the link; body from the content,
 * else the description, with HTML reduced to text.
 */
public final class FeedPoller {
    /** What one poll of one feed gave. */
    public sealed interface Poll {
        URI feed();
    }

    /** The feed answered 304 Not Modified. */
    public record NotModified(URI feed) implements Poll {
    }

    public record Fetched(URI feed, List<IncomingArticle> articles) implements Poll {
    }

    public record Failed(URI feed, String reason) implements Poll {
    }

    private record Validators(String etag, String lastModified) {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxFeedBytes;
    private final Clock clock;
    private final Map<URI, Validators> validators = new ConcurrentHashMap<>();

    public FeedPoller(Duration timeout, long maxFeedBytes, Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
        this.maxFeedBytes = maxFeedBytes;
        this.clock = clock;
    }

    public Poll poll(URI feed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(feed)
                .timeout(timeout)
                .header("User-Agent", "storywire-ingest")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1")
                .GET();
        Validators known = validators.get(feed);
        if (known != null && known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known != null && known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return new Failed(feed, "unreachable: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed(feed, "interrupted");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() == 304) {
                return new NotModified(feed);
            }
            if (response.statusCode() != 200) {
                return new Failed(feed, "HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFeedBytes + 1));
            if (bytes.length > maxFeedBytes) {
                return new Failed(feed, "feed too large: more than " + maxFeedBytes + " bytes");
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            List<IncomingArticle> articles = parse(feed, bytes, contentType, clock.instant());
            // Remember validators only for a feed that parsed, so a broken feed is fetched in full again.
            validators.put(feed, new Validators(
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null)));
            return new Fetched(feed, articles);
        } catch (FeedException | IllegalArgumentException e) {
            return new Failed(feed, "malformed feed: " + e.getMessage());
        } catch (IOException e) {
            return new Failed(feed, "could not read: " + describe(e));
        }
    }

    /** The articles in a feed document. */
    public static List<IncomingArticle> parse(URI feedUrl, byte[] xml, String contentType, Instant fetched)
            throws IOException, FeedException {
        SyndFeed feed;
        try (XmlReader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(xml), true)
                : new XmlReader(new ByteArrayInputStream(xml), contentType, true)) {
            feed = new SyndFeedInput().build(reader);
        }
        String outlet = blankToNull(feed.getTitle());
        List<IncomingArticle> articles = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = blankToNull(entry.getLink());
            String guid = blankToNull(entry.getUri());
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            PublicationTime published = date == null ? null : new PublicationTime(date.toInstant(), TimePrecision.SECOND);
            String body = HtmlText.ofFragment(content(entry));
            String title = entry.getTitle() == null ? null : blankToNull(HtmlText.ofFragment(entry.getTitle()));
            articles.add(new IncomingArticle(guid != null ? guid : link, "rss", outlet, link, title,
                    body == null ? "" : body, null, published, fetched, feedUrl.toString()));
        }
        return articles;
    }

    private static String content(SyndEntry entry) {
        List<SyndContent> contents = entry.getContents();
        if (contents != null && !contents.isEmpty()) {
            String joined = contents.stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                    .collect(Collectors.joining("\n"));
            if (!joined.isBlank()) {
                return joined;
            }
        }
        return entry.getDescription() == null ? null : entry.getDescription().getValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String describe(Exception e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + " " + e.getMessage();
    }
}
