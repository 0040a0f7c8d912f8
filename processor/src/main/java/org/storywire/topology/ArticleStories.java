package org.storywire.topology;

import java.util.ArrayList;
import java.util.List;
import org.storywire.clean.Article;
import org.storywire.story.ArticleInfo;
import org.storywire.story.StoryGrouper;
import org.storywire.story.StoryStatement;

/** One article's statements, each assigned to its story: the per-article step of the pipeline, without Kafka. */
public final class ArticleStories {
    private ArticleStories() {}

    public static List<StoryStatement> of(Article article, ArticleAnalyzer analyzer, StoryGrouper grouper) {
        return of(analyzer.analyse(article), grouper);
    }

    /**
     * The same for an article already analysed (the topology also takes its event signature from the
     * article's document). The story layer reads the article as extraction read it: its language,
     * headline and lead come from the document ({@link ArticleInfo#of}).
     */
    public static List<StoryStatement> of(ArticleAnalyzer.Analysis analysis, StoryGrouper grouper) {
        ArticleInfo info = ArticleInfo.of(analysis.document());
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
}
