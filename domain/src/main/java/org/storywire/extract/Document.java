package org.storywire.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.storywire.clean.CleanArticle;

/**
 * One article's document model, read once by extraction ({@link StatementExtractor#read}) and passed
 * on to the steps after it, so that none of them guesses the language, splits or tokenises the text
 * again: the article, its language, its title on one line, the text as read, and that text's
 * paragraphs and sentences with their tokens and offsets.
 *
 * <p>The text as read is the title, a blank line and the clean text when the clean text does not
 * repeat the title ({@link TitleLine}), else the clean text alone; either cut at
 * {@link StatementExtractor#MAX_CHARS}. The clean text starts at {@link #bodyBegin()}.
 *
 * <p>A read-only view of extraction's {@link TextModel}, not a copy: the lists it hands out cannot
 * be changed, so one document may be read by several steps and threads.
 */
public final class Document {
    /** A line of {@link #text()} that is not blank, as [begin, end), with its tokens in order. */
    public record Paragraph(int begin, int end, List<Token> tokens) {}

    /** A sentence of {@link #text()}, as [begin, end), with the index of its paragraph in {@link #paragraphs()} and its tokens. */
    public record Sentence(int begin, int end, int paragraph, List<Token> tokens) {}

    private final CleanArticle article;
    private final String title;
    private final int bodyBegin;
    private final boolean english;
    final TextModel model;
    private final List<Sentence> sentences;
    private final List<Paragraph> paragraphs;
    private final List<Token> titleTokens;
    private final List<Sentence> titleSentences;

    /**
     * @param title the article's title on one line ({@link TitleLine#oneLine}), or null
     * @param bodyBegin where the clean text starts in the model's text (0 when the title is not read before it)
     * @param titleModel the title read on its own when the model's text does not start with it, else null
     */
    Document(CleanArticle article, String title, int bodyBegin, boolean english, TextModel model, TextModel titleModel) {
        this.article = article;
        this.title = title;
        this.bodyBegin = bodyBegin;
        this.english = english;
        this.model = model;
        List<Token> tokens = Collections.unmodifiableList(model.tokens);
        this.sentences = sentences(model, tokens);
        this.paragraphs = paragraphs(model, tokens);
        this.titleTokens = titleModel != null ? Collections.unmodifiableList(titleModel.tokens)
                : bodyBegin > 0 && !paragraphs.isEmpty() ? paragraphs.get(0).tokens() : List.of();
        this.titleSentences = titleModel != null ? sentences(titleModel, Collections.unmodifiableList(titleModel.tokens))
                : bodyBegin > 0 ? sentences.stream().filter(s -> s.paragraph() == 0).toList() : List.of();
    }

    private static List<Sentence> sentences(TextModel model, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>(model.sentences.size());
        for (TextModel.Sentence s : model.sentences) {
            sentences.add(new Sentence(s.begin(), s.end(), s.paragraph(), tokens.subList(s.firstToken(), s.endToken())));
        }
        return Collections.unmodifiableList(sentences);
    }

    /** A paragraph's tokens are those of its sentences, which follow one another in the model's one token list. */
    private static List<Paragraph> paragraphs(TextModel model, List<Token> tokens) {
        int[] first = new int[model.paragraphs.size()];
        int[] end = new int[model.paragraphs.size()];
        for (int i = model.sentences.size() - 1; i >= 0; i--) {
            TextModel.Sentence s = model.sentences.get(i);
            first[s.paragraph()] = s.firstToken();
            if (end[s.paragraph()] == 0) end[s.paragraph()] = s.endToken();
        }
        List<Paragraph> out = new ArrayList<>(first.length);
        for (int p = 0; p < first.length; p++) {
            int[] span = model.paragraphs.get(p);
            out.add(new Paragraph(span[0], span[1], tokens.subList(first[p], Math.max(first[p], end[p]))));
        }
        return Collections.unmodifiableList(out);
    }

    public CleanArticle article() {
        return article;
    }

    /** "en" or "de": the language extraction read the article in (the producer's, else the detector's two-way guess). */
    public String language() {
        return english ? "en" : "de";
    }

    public boolean english() {
        return english;
    }

    /** The article's title on one line, or null when it has none; whether or not the clean text repeats it. */
    public String title() {
        return title;
    }

    /** The title's tokens, with offsets in {@link #title()} (which is where the title stands in {@link #text()} when read there). */
    public List<Token> titleTokens() {
        return titleTokens;
    }

    /**
     * The title's sentences, with offsets in {@link #title()} like {@link #titleTokens()}: the story
     * layer reads the headline sentence by sentence.
     */
    public List<Sentence> titleSentences() {
        return titleSentences;
    }

    /** The text as read: see the class comment. Every offset of this document is an offset in it. */
    public String text() {
        return model.text;
    }

    /** Where the clean text starts in {@link #text()}: after the title line and its blank line, or 0. */
    public int bodyBegin() {
        return bodyBegin;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Sentence> sentences() {
        return sentences;
    }
}
