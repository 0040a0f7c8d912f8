package org.storywire.eval;

import java.util.List;
import org.storywire.clean.Article;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.Cleaner;
import org.storywire.extract.Document;
import org.storywire.extract.Statement;
import org.storywire.extract.StatementExtractor;
import org.storywire.story.ActorCatalog;

/**
 * What the storyline scorers ({@code eval seeds}, {@code eval samples}) score for one article: the
 * clean article with its extracted statements, or, to measure grouping and status alone, with the
 * gold statements in their place. One instance per run (the cleaner and extractor are not thread-safe).
 */
final class ArticleOutputs {
    private final Cleaner cleaner = new Cleaner();
    private final StatementExtractor extractor = new StatementExtractor();
    private final SeedsGold gold;
    private final boolean goldStatements;

    ArticleOutputs(SeedsGold gold, boolean goldStatements) {
        this.gold = gold;
        this.goldStatements = goldStatements;
    }

    SeedsEvaluation.ArticleOutput of(Article article) {
        CleanArticle clean = cleaner.clean(article);
        Document document = extractor.read(clean);
        List<Statement> statements = extractor.extract(document);
        if (goldStatements) statements = GoldStatements.of(gold, clean, statements, ActorCatalog.standard());
        return new SeedsEvaluation.ArticleOutput(document, statements);
    }
}
