package org.storywire.extract;

import org.storywire.clean.CleanArticle;

/**
 * An article as every step of extraction reads it, made once per article: its text (cut to
 * {@link StatementExtractor#MAX_CHARS}), its language, its one document model ({@link TextModel}:
 * paragraphs, sentences, tokens, quotations) and what is read off that model for the whole article
 * (appositions, noun phrases), with the shared word lists.
 *
 * <p>A title the clean text does not repeat ({@link TitleLine}) is read as the article's first
 * paragraph, so {@code text} is that title, a paragraph break and the clean text, and the clean
 * text starts at {@code bodyBegin} (0 without such a title).
 */
record ArticleText(CleanArticle article, String text, int bodyBegin, boolean english, TextModel model, EntityMemory memory,
                   NounPhrases nps, Lexicons lex, Morphology morph) {
    static ArticleText of(CleanArticle article, String text, int bodyBegin, boolean english, TextModel model, Lexicons lex,
                          Morphology morph) {
        return new ArticleText(article, text, bodyBegin, english, model, new EntityMemory(model, lex, english),
                new NounPhrases(model, lex, english, morph), lex, morph);
    }

    /**
     * The offset in the clean text for an offset of {@code text}. An offset inside the title keeps
     * its place in the title: a statement of the headline is anchored in its own sentence, which
     * stands at 0 like the title does.
     */
    int articleOffset(int offset) {
        return offset >= bodyBegin ? offset - bodyBegin : offset;
    }

    /** Whether the offset lies in a title read before the clean text. */
    boolean inTitle(int offset) {
        return offset < bodyBegin;
    }

    /** A teaser, as feeds deliver it, holds one or two sentences under its headline; an article body more. */
    static final int TEASER_SENTENCES = 2;

    /** Whether the text is a headline with a teaser of at most {@link #TEASER_SENTENCES} sentences under it. */
    boolean teaserItem() {
        return teaserItem(TEASER_SENTENCES);
    }

    /** Whether the text is a headline with at most {@code sentences} sentences under it. */
    boolean teaserItem(int sentences) {
        int body = 0;
        boolean headline = false;
        for (TextModel.Sentence s : model.sentences) {
            if (inTitle(s.begin())) headline = true;
            else body++;
        }
        return headline && body <= sentences;
    }
}
