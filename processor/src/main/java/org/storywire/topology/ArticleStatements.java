package org.storywire.topology;

import java.util.List;
import org.storywire.story.StoryStatement;

/**
 * What the last version of one article yielded, in the article-statements store: its content hash
 * (the same version again is skipped) and its statements as the fold received them (an update or a
 * retraction withdraws them; the query API lists them), but for their word 3-gram hashes
 * ({@link StoryStatement#shingles}): only the fold's copy detection reads those, and it has them from
 * the statements topic; a withdrawal names the article and its story, whose copies the fold drops by
 * the article's ledger. They were about half of each statement's bytes here. Private state in
 * {@link StateSerde} like every store.
 */
public record ArticleStatements(String articleId, String contentHash, List<StoryStatement> statements) {
    public ArticleStatements {
        statements = statements.stream().map(ArticleStatements::withoutShingles).toList();
    }

    private static StoryStatement withoutShingles(StoryStatement s) {
        if (s.shingles().isEmpty()) return s;
        return new StoryStatement(s.key(), s.statement(), s.article(), s.speaker(), s.party(), s.speakerSide(), s.actors(), List.of());
    }
}
