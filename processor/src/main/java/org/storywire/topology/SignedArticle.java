package org.storywire.topology;

import java.util.List;
import org.storywire.event.ArticleSignature;

/**
 * What the extraction task sends to event assignment for one article: its signature and the ids of
 * the stories its statements went to (so that an event can list its stories without asking every
 * partition). Smile on the internal {@code article-signatures} topic, private to the application.
 */
public record SignedArticle(ArticleSignature signature, List<String> storyIds) {
    public SignedArticle {
        storyIds = List.copyOf(storyIds);
    }
}
