package org.storywire.topology;

import java.util.ArrayList;
import java.util.List;
import org.storywire.clean.Article;
import org.storywire.clean.CleanArticle;
import org.storywire.story.ArticleInfo;
import org.storywire.story.StoryGrouper;
import org.storywire.story.StoryStatement;

/** One article's statements, each assigned to its story: the per-article step of the pipeline, without Kafka. */
public final class ArticleStories {
    private ArticleStories() {}

    public static List<StoryStatement> of(Article article, ArticleAnalyzer analyzer, StoryGrouper grouper) {
        return of(article, analyzer.analyse(article), grouper);
    }

    /** The same for an article already analysed (the topology also takes its event signature from the article's document). */
    public static List<StoryStatement> of(Article article, ArticleAnalyzer.Analysis analysis, StoryGrouper grouper) {
        ArticleInfo info = info(article, analysis.article());
        List<org.storywire.extract.Statement> ordered = analysis.statements().stream()
                .sorted(java.util.Comparator.comparingInt(org.storywire.extract.Statement::ordinal)).toList();
        List<StoryGrouper.Assignment> assignments = grouper.assignAll(info, ordered);
        java.util.Map<Integer, StoryStatement> byOrdinal = new java.util.HashMap<>();
        for (int i = 0; i < ordered.size(); i++) byOrdinal.put(ordered.get(i).ordinal(), StoryStatement.of(assignments.get(i), ordered.get(i), info));
        // Published in the extractor's order, as before grouping read the article whole.
        List<StoryStatement> result = new ArrayList<>();
        for (org.storywire.extract.Statement statement : analysis.statements()) result.add(byOrdinal.get(statement.ordinal()));
        return result;
    }

    /**
     * What the story layer knows of an article: the cleaner's title and time where it found them, and
     * the lead as the evaluation reads it ({@link ArticleInfo#from}), so that a run through Kafka and a
     * run in memory group the same article alike.
     */
    public static ArticleInfo info(Article article, CleanArticle clean) {
        ArticleInfo read = ArticleInfo.from(clean);
        String title = clean.title() != null ? clean.title() : article.title() != null ? article.title() : read.title();
        return new ArticleInfo(article.id(), article.outlet(), article.url(), title, read.lead(),
                clean.published() != null ? clean.published() : article.published());
    }
}
