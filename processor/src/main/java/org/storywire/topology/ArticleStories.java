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

    /** The same for an article already analysed (the topology also takes its event signature from the clean article). */
    public static List<StoryStatement> of(Article article, ArticleAnalyzer.Analysis analysis, StoryGrouper grouper) {
        ArticleInfo info = info(article, analysis.article());
        List<org.storywire.extract.Statement> ordered = analysis.statements().stream()
                .sorted(java.util.Comparator.comparingInt(org.storywire.extract.Statement::ordinal)).toList();
        List<StoryGrouper.Assignment> assignments = grouper.assignAll(info, ordered);
        List<StoryStatement> result = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) result.add(StoryStatement.of(assignments.get(i), ordered.get(i), info));
        return result;
    }

    /** What the story layer knows of an article: the cleaner's title and time where it found them. */
    public static ArticleInfo info(Article article, CleanArticle clean) {
        return new ArticleInfo(article.id(), article.outlet(), article.url(),
                clean.title() != null ? clean.title() : article.title(), lead(clean.text()),
                clean.published() != null ? clean.published() : article.published());
    }

    /**
     * Longer than any real lead. Bounded because the lead travels with every statement of the article
     * and is scanned for event triggers: an article of one endless paragraph must cost neither
     * minutes per record nor statements too large for the broker.
     */
    static final int MAX_LEAD_CHARS = 2_000;

    /** The first real paragraph: with the headline, it tells what the article is about. */
    static String lead(String text) {
        if (text == null) return null;
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (paragraph.strip().length() > 40) return bounded(paragraph.strip());
        }
        return bounded(text.strip());
    }

    private static String bounded(String lead) {
        return lead.length() <= MAX_LEAD_CHARS ? lead : lead.substring(0, MAX_LEAD_CHARS);
    }
}
