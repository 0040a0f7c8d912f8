package org.storywire.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.storywire.clean.CleanArticle;
import org.storywire.extract.Document;

/**
 * What the story layer needs to know about an article besides its statements: who published it
 * (independent-source counting), its headline and lead (the article's topic, which resolves
 * statements that name no event of their own, and its salient entities), its language, and when
 * it was published (time travel). {@code published} may be null when unknown.
 *
 * <p>{@code language} is "en" or "de" as extraction read the article ({@link Document#language()}),
 * or null where no story is grouped any more (a statement read back from a topic).
 * {@code openingSentences} are the headline's sentences, then the lead's, as the document splits
 * them; null when the article is known without its document (tests), whose headline and lead then
 * count as a sentence each.
 */
public record ArticleInfo(String articleId, String outlet, String url, String title, String lead, Instant published,
                          String language, List<String> openingSentences) {

    private static final int LEAD_CHARS = 600;

    public ArticleInfo {
        openingSentences = openingSentences == null ? null : List.copyOf(openingSentences);
    }

    /** An article known without its document: headline and lead are a sentence each. */
    public ArticleInfo(String articleId, String outlet, String url, String title, String lead, Instant published, String language) {
        this(articleId, outlet, url, title, lead, published, language, null);
    }

    /**
     * From the article's document. Without a title its first line stands in for it (feeds often put
     * the headline there). The lead is the first {@value #LEAD_CHARS} characters of the text after the
     * headline, in the document's sentences; a sentence running past them is cut there, as the lead
     * was before the story layer read the document (the weight of the lead's names depends on it).
     */
    public static ArticleInfo of(Document document) {
        CleanArticle article = document.article();
        String text = document.text();
        List<Document.Sentence> sentences = document.sentences();
        List<String> opening = new ArrayList<>();
        String title = document.title();
        int leadBegin = document.bodyBegin();
        if (title != null) {
            for (Document.Sentence s : document.titleSentences()) opening.add(title.substring(s.begin(), s.end()));
            if (opening.isEmpty()) opening.add(title);
        } else if (!document.paragraphs().isEmpty()) {
            Document.Paragraph first = document.paragraphs().get(0);
            title = text.substring(first.begin(), first.end()).strip();
            for (Document.Sentence s : sentences) if (s.paragraph() == 0) opening.add(text.substring(s.begin(), s.end()));
            leadBegin = document.paragraphs().size() > 1 ? document.paragraphs().get(1).begin() : text.length();
        }
        int leadFirst = -1;
        int leadEnd = -1;
        for (Document.Sentence s : sentences) {
            if (s.begin() < leadBegin) continue;
            if (leadFirst < 0) leadFirst = s.begin();
            if (s.begin() >= leadFirst + LEAD_CHARS) break;
            leadEnd = Math.min(s.end(), leadFirst + LEAD_CHARS);
            opening.add(text.substring(s.begin(), leadEnd));
        }
        String lead = leadFirst < 0 ? null : text.substring(leadFirst, leadEnd);
        return new ArticleInfo(article.id(), article.outlet(), article.url(), title, lead, article.published(), document.language(), opening);
    }

    /** Whether the article is read as English; an article of unknown language is read as German, as the language detector reads an unclear text. */
    public boolean english() {
        return "en".equals(language);
    }

    /** The headline's sentences, then the lead's: see the class comment. */
    List<String> opening() {
        if (openingSentences != null) return openingSentences;
        return Stream.of(title, lead).filter(s -> s != null && !s.isBlank()).toList();
    }
}
