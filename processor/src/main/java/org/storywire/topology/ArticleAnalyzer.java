package org.storywire.topology;

import java.util.List;
import org.storywire.clean.Article;
import org.storywire.clean.CleanArticle;
import org.storywire.extract.Statement;

/**
 * Cleaning and extraction of one article, as the topology uses them. Not thread-safe (OpenNLP's
 * classes are not): each stream task gets its own instance.
 */
public interface ArticleAnalyzer {
    Analysis analyse(Article article);

    record Analysis(CleanArticle article, List<Statement> statements) {}
}
