package org.storywire.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.extract.Document;
import org.storywire.extract.StatementExtractor;

/**
 * Cuts an article to what a feed item or a front-page teaser gives ({@code --lead-sentences N}): its
 * headline and its first N sentences. No corpus of teasers exists, so whole articles cut this way
 * stand in for them.
 *
 * <p>The headline is the document's first paragraph when it is a single sentence (a title given
 * apart from the text is read there too), with the one-sentence lines after it that end in no full
 * stop (kicker, subtitle, byline, date line). Sentences are counted in the clean text as extraction
 * reads it; the cut is made in the original text, so the cut article goes through cleaning again as
 * any article does.
 */
final class LeadCut {
    private final int sentences;
    private final Cleaner cleaner = new Cleaner();
    private final StatementExtractor extractor = new StatementExtractor();

    LeadCut(int sentences) {
        if (sentences < 1) throw new IllegalArgumentException("a lead holds at least one sentence: " + sentences);
        this.sentences = sentences;
    }

    /** The article with its body cut after the lead. */
    Article cut(Article article) {
        return cutAt(article, originalEnd(article));
    }

    /** The article with its body cut at {@code originalEnd} (what {@link #originalEnd} gave for it). */
    static Article cutAt(Article article, int originalEnd) {
        String body = article.body() == null ? "" : article.body();
        return new Article(article.id(), article.outlet(), article.url(), article.title(), body.substring(0, originalEnd),
                article.language(), article.published(), article.precision());
    }

    /** Where the lead ends in the article's original body (its length when the article is no longer than the lead). */
    int originalEnd(Article article) {
        Cleaner.Result clean = cleaner.cleanMapped(article);
        Document document = extractor.read(clean.article());
        int end = end(document);
        if (end < 0) return article.body() == null ? 0 : article.body().length();
        return clean.mapped().toOriginalEnd(Math.max(0, end - document.bodyBegin()));
    }

    /** Where the lead ends in the document's text, or -1 when the text holds no more than the lead. */
    int end(Document document) {
        List<Document.Sentence> all = document.sentences();
        int first = headlineSentences(document);
        int last = first + sentences - 1;
        return last < all.size() - 1 ? all.get(last).end() : -1;
    }

    /**
     * The gold of the leads: the rows whose evidence lies in the lead's clean text; a row whose evidence
     * the cut runs through becomes a row that is not scored (a statement on it is neither right nor wrong).
     * A row the gold leaves unscored because the body says it again ("Orvane denies report ..." above
     * the denial itself) is scored when the lead holds no scored row of its article, story and stance:
     * in a teaser the headline is where it is said. The stories that keep a scored row, and the
     * transitions of those stories, keep the status the whole articles give them.
     *
     * @param whole each article's clean text, by file
     * @param leads each lead's clean text, by file
     */
    static SeedsGold within(SeedsGold gold, Map<String, String> whole, Map<String, String> leads) {
        List<SeedsGold.GoldStatement> inside = new ArrayList<>();
        List<SeedsGold.GoldStatement> cut = new ArrayList<>();
        for (SeedsGold.GoldStatement row : gold.statements()) {
            String lead = leads.getOrDefault(row.article(), "");
            int at = whole.getOrDefault(row.article(), "").indexOf(row.evidence());
            if (lead.contains(row.evidence())) inside.add(row);
            else if (at >= 0 && at < lead.length()) cut.add(scored(row, false));
        }
        Set<List<String>> said = new HashSet<>();
        for (SeedsGold.GoldStatement row : inside) if (row.core()) said.add(sayingOf(row));
        List<SeedsGold.GoldStatement> rows = new ArrayList<>();
        Set<String> stories = new HashSet<>();
        for (SeedsGold.GoldStatement row : inside) {
            boolean core = row.core() || row.story() != null && !said.contains(sayingOf(row));
            rows.add(scored(row, core));
            if (core && row.story() != null) stories.add(row.story());
        }
        rows.addAll(cut);
        rows.sort(Comparator.comparingInt(SeedsGold.GoldStatement::row));
        return new SeedsGold(gold.articles(), gold.stories().stream().filter(s -> stories.contains(s.id())).toList(), List.copyOf(rows),
                gold.transitions().stream().filter(t -> stories.contains(t.story())).toList());
    }

    private static List<String> sayingOf(SeedsGold.GoldStatement row) {
        return Arrays.asList(row.article(), row.story(), row.stance());
    }

    private static SeedsGold.GoldStatement scored(SeedsGold.GoldStatement row, boolean core) {
        return new SeedsGold.GoldStatement(row.row(), row.article(), row.story(), row.stance(), row.speaker(), row.speakerMatch(),
                row.standing(), row.evidence(), core);
    }

    private static int headlineSentences(Document document) {
        List<Document.Sentence> all = document.sentences();
        int n = 0;
        while (n < all.size() && alone(all, n) && (n == 0 || !endsInFullStop(document, all.get(n)))) n++;
        return n;
    }

    /** The sentence is its paragraph's only one. */
    private static boolean alone(List<Document.Sentence> all, int i) {
        int paragraph = all.get(i).paragraph();
        return (i == 0 || all.get(i - 1).paragraph() != paragraph) && (i + 1 == all.size() || all.get(i + 1).paragraph() != paragraph);
    }

    /** A full stop before any closing quotation marks or brackets: a sentence of running text, not a line of the page's head. */
    private static boolean endsInFullStop(Document document, Document.Sentence s) {
        String text = document.text();
        int k = s.end() - 1;
        while (k > s.begin() && (Character.isWhitespace(text.charAt(k)) || "\"'“”„»«’)]".indexOf(text.charAt(k)) >= 0)) k--;
        return k >= s.begin() && text.charAt(k) == '.';
    }
}
