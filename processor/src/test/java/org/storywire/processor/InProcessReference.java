package org.storywire.processor;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storywire.avro.RawArticle;
import org.storywire.clean.Article;
import org.storywire.story.StoryBook;
import org.storywire.topology.ArticleAnalyzer;
import org.storywire.story.ArticleInfo;
import org.storywire.topology.AvroMapping;

/** The same domain steps as the topology, in memory (StoryBook): what the pipeline must reproduce. */
final class InProcessReference {
    private InProcessReference() {}

    /** story id -> final status over the given articles. */
    static Map<String, String> statuses(List<RawArticle> articles) {
        ArticleAnalyzer analyzer = new ExtractionAnalyzer();
        StoryBook book = StoryBook.standard();
        for (RawArticle raw : articles) {
            Article article = AvroMapping.article(raw);
            ArticleAnalyzer.Analysis analysis = analyzer.analyse(article);
            book.ingest(ArticleInfo.of(analysis.document()), analysis.statements());
        }
        Map<String, String> result = new TreeMap<>();
        book.stories().forEach((id, state) -> result.put(id, state.status().name()));
        return result;
    }

    /** The words each statement of the article quotes, as its clean text gives them (with their quotation marks), in statement order. */
    static List<String> quotedWords(RawArticle raw) {
        ArticleAnalyzer.Analysis analysis = new ExtractionAnalyzer().analyse(AvroMapping.article(raw));
        String text = analysis.document().article().text();
        return analysis.statements().stream().flatMap(s -> s.quoted().stream()).map(q -> text.substring(q.begin(), q.end())).toList();
    }
}
