package org.storywire.story;

import java.time.Instant;
import org.storywire.clean.CleanArticle;

/**
 * What the story layer needs to know about an article besides its statements: who published it
 * (independent-source counting), its headline and lead (the article's topic, which resolves
 * statements that name no event of their own), and when it was published (time travel).
 * {@code published} may be null when unknown.
 */
public record ArticleInfo(String articleId, String outlet, String url, String title, String lead, Instant published) {

    private static final int LEAD_CHARS = 600;

    /**
     * From a clean article. Without a title the first line of the text stands in for it (feeds often
     * put the headline there), and the lead is what follows, cut at {@value #LEAD_CHARS} characters.
     */
    public static ArticleInfo from(CleanArticle article) {
        String text = article.text() == null ? "" : article.text().strip();
        String title = article.title();
        String rest = text;
        if (title == null || title.isBlank()) {
            int newline = text.indexOf('\n');
            title = newline < 0 ? text : text.substring(0, newline);
            rest = newline < 0 ? "" : text.substring(newline + 1).strip();
        }
        String lead = rest.length() <= LEAD_CHARS ? rest : rest.substring(0, LEAD_CHARS);
        return new ArticleInfo(article.id(), article.outlet(), article.url(), title, lead, article.published());
    }
}
