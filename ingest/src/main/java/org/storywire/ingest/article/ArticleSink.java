package org.storywire.ingest.article;

/** Where sources put what they read: articles, and inputs that could not be read with the reason. */
public interface ArticleSink {
    void accept(IncomingArticle article);

    /** @param where the file, file:line or URL */
    void reject(String where, String reason);
}
