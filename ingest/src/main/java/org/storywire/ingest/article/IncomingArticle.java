package org.storywire.ingest.article;

import java.time.Instant;

/**
 * An article as a source read it, before it is given an id, a language and a content hash.
 * Everything but {@code source} and {@code body} may be null.
 *
 * @param id the id the source gives (feed guid, JSON id, file path), normalised later
 * @param source which producer read it: files, jsonl, rss, http, replay
 * @param body the text as received
 * @param language an ISO 639-1 code the source states; detected when null
 * @param fetched when it was read; now when null
 * @param feed the feed URL or file it came from; for HTTP push, the name of the token it was sent with
 */
public record IncomingArticle(String id, String source, String outlet, String url, String title, String body,
                              String language, PublicationTime published, Instant fetched, String feed) {

    public IncomingArticle withSource(String newSource) {
        return new IncomingArticle(id, newSource, outlet, url, title, body, language, published, fetched, feed);
    }

    public IncomingArticle withOutlet(String newOutlet) {
        return new IncomingArticle(id, source, newOutlet, url, title, body, language, published, fetched, feed);
    }

    public IncomingArticle withFeed(String newFeed) {
        return new IncomingArticle(id, source, outlet, url, title, body, language, published, fetched, newFeed);
    }
}
