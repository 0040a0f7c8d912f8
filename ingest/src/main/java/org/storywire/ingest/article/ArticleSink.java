package org.storywire.ingest.article;

import java.util.List;
import java.util.function.BiConsumer;

/** Where sources put what they read: articles, and inputs that could not be read with the reason. */
public interface ArticleSink {
    void accept(IncomingArticle article);

    /** @param where the file, file:line or URL */
    void reject(String where, String reason);

    /** A sink that adds every article to {@code into} and hands each rejection, with its place, to {@code rejected}. */
    static ArticleSink into(List<IncomingArticle> into, BiConsumer<String, String> rejected) {
        return new ArticleSink() {
            @Override
            public void accept(IncomingArticle article) {
                into.add(article);
            }

            @Override
            public void reject(String where, String reason) {
                rejected.accept(where, reason);
            }
        };
    }
}
