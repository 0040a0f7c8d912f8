package org.storywire.extract;

import org.storywire.clean.CleanArticle;

/**
 * An article as every step of extraction reads it, made once per article: its text (cut to
 * {@link StatementExtractor#MAX_CHARS}), its language, its one document model ({@link TextModel}:
 * paragraphs, sentences, tokens, quotations) and what is read off that model for the whole article
 * (appositions, noun phrases), with the shared word lists.
 */
record ArticleText(CleanArticle article, String text, boolean english, TextModel model, EntityMemory memory, NounPhrases nps,
                   Lexicons lex, Morphology morph) {
    static ArticleText of(CleanArticle article, String text, boolean english, TextModel model, Lexicons lex, Morphology morph) {
        return new ArticleText(article, text, english, model, new EntityMemory(model, lex, english),
                new NounPhrases(model, lex, english, morph), lex, morph);
    }
}
