package org.storywire.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.storywire.clean.CleanArticle;
import org.storywire.extract.Document;
import org.storywire.extract.Span;
import org.storywire.extract.Statement;

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
 * count as a sentence each. {@code document} is the article's document while its statements are
 * grouped (the grouper reads its sentences and tokens, see {@link StoryGrouper}); null where the
 * article is known without it: in tests, and for a statement read back from a topic or a store,
 * which is grouped already.
 */
public record ArticleInfo(String articleId, String outlet, String url, String title, String lead, Instant published,
                          String language, List<String> openingSentences, Document document) {

    private static final int LEAD_CHARS = 600;

    public ArticleInfo {
        openingSentences = openingSentences == null ? null : List.copyOf(openingSentences);
    }

    /** An article known without its document: headline and lead are a sentence each. */
    public ArticleInfo(String articleId, String outlet, String url, String title, String lead, Instant published, String language) {
        this(articleId, outlet, url, title, lead, published, language, null, null);
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
        if (title != null) {
            for (Document.Sentence s : document.titleSentences()) opening.add(title.substring(s.begin(), s.end()));
            if (opening.isEmpty()) opening.add(title);
        } else if (!document.paragraphs().isEmpty()) {
            Document.Paragraph first = document.paragraphs().get(0);
            title = text.substring(first.begin(), first.end()).strip();
            for (Document.Sentence s : sentences) if (s.paragraph() == 0) opening.add(text.substring(s.begin(), s.end()));
        }
        Span lead = leadSpan(document);
        if (lead != null) {
            for (Document.Sentence s : sentences) {
                if (s.begin() < lead.begin()) continue;
                if (s.begin() >= lead.end()) break;
                opening.add(text.substring(s.begin(), Math.min(s.end(), lead.end())));
            }
        }
        String leadText = lead == null ? null : text.substring(lead.begin(), lead.end());
        return new ArticleInfo(article.id(), article.outlet(), article.url(), title, leadText, article.published(), document.language(), opening, document);
    }

    /** Where the lead stands in the document's text (see {@link #of}), or null when the text has no sentence after the headline. */
    static Span leadSpan(Document document) {
        // after the title; without one, after the first line, which stands in for it
        int leadBegin = document.title() != null || document.paragraphs().isEmpty() ? document.bodyBegin()
                : document.paragraphs().size() > 1 ? document.paragraphs().get(1).begin() : document.text().length();
        int leadFirst = -1;
        int leadEnd = -1;
        for (Document.Sentence s : document.sentences()) {
            if (s.begin() < leadBegin) continue;
            if (leadFirst < 0) leadFirst = s.begin();
            if (s.begin() >= leadFirst + LEAD_CHARS) break;
            leadEnd = Math.min(s.end(), leadFirst + LEAD_CHARS);
        }
        return leadFirst < 0 ? null : new Span(leadFirst, leadEnd);
    }

    /** Whether the article is read as English; an article of unknown language is read as German, as the language detector reads an unclear text. */
    public boolean english() {
        return "en".equals(language);
    }

    /** Where the statements' sentences stand among the document's, or among their own when the article is known without it. */
    SentenceIndex sentenceIndex(List<Statement> statements) {
        return document != null ? SentenceIndex.of(document) : SentenceIndex.ofStatements(statements);
    }

    /** The headline's sentences, then the lead's: see the class comment. */
    List<String> opening() {
        if (openingSentences != null) return openingSentences;
        return Stream.of(title, lead).filter(s -> s != null && !s.isBlank()).toList();
    }
}
