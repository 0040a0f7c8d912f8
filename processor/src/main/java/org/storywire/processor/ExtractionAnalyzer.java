package org.storywire.processor;

import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.extract.Document;
import org.storywire.extract.StatementExtractor;
import org.storywire.topology.ArticleAnalyzer;

/** The cleaner and the extractor, one pair per stream task (they are not thread-safe). */
final class ExtractionAnalyzer implements ArticleAnalyzer {
    private final Cleaner cleaner = new Cleaner();
    private final StatementExtractor extractor;

    ExtractionAnalyzer() {
        this(new StatementExtractor());
    }

    ExtractionAnalyzer(StatementExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Analysis analyse(Article article) {
        Document document = extractor.read(cleaner.clean(article));
        return new Analysis(document, extractor.extract(document));
    }
}
