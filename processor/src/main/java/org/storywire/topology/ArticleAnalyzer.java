package org.storywire.topology;

import java.util.List;
import org.storywire.clean.Article;
import org.storywire.clean.CleanArticle;
import org.storywire.extract.Document;
import org.storywire.extract.Statement;

/**
 * Cleaning and extraction of one article, as the topology uses them. Not thread-safe (OpenNLP's
 * classes are not): each stream task gets its own instance.
 */
public interface ArticleAnalyzer {
    Analysis analyse(Article article);

    /** The article's document model, read once by extraction and passed on to the event signature, and its statements. */
    record Analysis(Document document, List<Statement> statements) {
        public CleanArticle article() {
            return document.article();
        }
    }
}
