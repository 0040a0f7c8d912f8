package org.storywire.story;

import java.util.List;

/**
 * One story's per-article ledgers, looked up by article: what the fold reads besides the story's
 * state. The topology keeps each ledger under its own key in a store, so that a statement reads and
 * writes one ledger whatever the story's number of articles.
 */
public interface StoryLedgers {

    /** The article's ledger in this story; null when the article has none. */
    ArticleLedger get(String articleId);

    /**
     * Every ledger of the story, by article id. The one read whose cost grows with the story: the
     * fold asks for it only to take a retracted article out, to recount the independent sources of a
     * story too small to keep a copy index, and for a sourced story with shared responses to recount
     * them over both parts.
     */
    List<ArticleLedger> all();

    /** The story's copy index, from which independent sources are kept up to date article by article. */
    CopyIndex copies();

    StoryLedgers NONE = new StoryLedgers() {
        @Override
        public ArticleLedger get(String articleId) { return null; }

        @Override
        public List<ArticleLedger> all() { return List.of(); }

        @Override
        public CopyIndex copies() { return CopyIndex.NONE; }
    };
}
