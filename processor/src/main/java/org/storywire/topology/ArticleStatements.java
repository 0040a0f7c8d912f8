package org.storywire.topology;

import java.util.List;
import org.storywire.story.StoryStatement;

/**
 * What the last version of one article yielded, in the article-statements store: its content hash
 * (the same version again is skipped) and its statements as the fold received them (an update or a
 * retraction withdraws them; the query API lists them). Private state in {@link StateSerde} like
 * every store.
 */
public record ArticleStatements(String articleId, String contentHash, List<StoryStatement> statements) {
    public ArticleStatements {
        statements = List.copyOf(statements);
    }
}
