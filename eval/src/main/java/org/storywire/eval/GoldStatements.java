package org.storywire.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Span;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.ActorCatalog;

/**
 * The seeds gold rows of one article as statements, for {@code eval seeds --gold-statements}: so
 * that grouping and the status fold are measured on perfect statements. A gold row has only its
 * evidence, speaker and stance; the sentence around the evidence and the statement's time are
 * taken from the extractor's statement whose sentence holds the evidence (the same sentence model
 * and time resolution as in the end-to-end run), else the sentence is cut at sentence punctuation
 * outside quotes and the time is the article's publication time.
 */
final class GoldStatements {

    private GoldStatements() {}

    static List<Statement> of(SeedsGold gold, CleanArticle article, List<Statement> extracted, ActorCatalog catalog) {
        String text = article.text();
        record Located(SeedsGold.GoldStatement row, int at) {}
        List<Located> located = new ArrayList<>();
        for (SeedsGold.GoldStatement row : gold.statements()) {
            if (!row.article().equals(article.id())) continue;
            int at = text.indexOf(row.evidence());
            if (at >= 0) located.add(new Located(row, at));
        }
        located.sort(Comparator.comparingInt(Located::at).thenComparingInt(l -> l.row().row()));
        List<Statement> out = new ArrayList<>();
        for (Located l : located) {
            SeedsGold.GoldStatement row = l.row();
            Span content = new Span(l.at(), l.at() + row.evidence().length());
            Statement host = extracted.stream()
                    .filter(s -> s.sentence() != null && s.sentence().begin() <= content.begin() && content.end() <= s.sentence().end())
                    .findFirst().orElse(null);
            Span sentence = host != null ? host.sentence() : sentenceAround(text, content);
            out.add(new Statement(article.id(), out.size(), speaker(row.speaker(), catalog, article.published()), Stance.valueOf(row.stance()), null, null, null,
                    content, sentence, text.substring(sentence.begin(), sentence.end()),
                    host != null ? host.madeAt() : article.published(),
                    host != null ? host.madeAtPrecision() : article.precision() == null ? TimePrecision.UNKNOWN : article.precision(), 1.0));
        }
        return out;
    }

    private static Speaker speaker(String name, ActorCatalog catalog, Instant published) {
        if (name == null) return null;
        return catalog.resolve(name)
                .map(a -> new Speaker(name, null, a.canonical(), a.speaksFor(published), kind(a.kind())))
                .orElseGet(() -> new Speaker(name, null, name, null, SpeakerKind.UNKNOWN));
    }

    private static SpeakerKind kind(ActorCatalog.Kind kind) {
        return switch (kind) {
            case MEDIA -> SpeakerKind.MEDIA;
            case GOVERNMENT, COUNTRY -> SpeakerKind.GOVERNMENT;
            case PERSON, OFFICE, JOURNALIST -> SpeakerKind.PERSON;
        };
    }

    /** Sentence punctuation outside quotation marks, or a line break, bounds the sentence. */
    static Span sentenceAround(String text, Span content) {
        int begin = content.begin();
        while (begin > 0 && !isBoundary(text, begin - 1)) begin--;
        int end = content.end();
        while (end < text.length() && !isBoundary(text, end - 1)) end++;
        while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
        return new Span(begin, Math.max(begin, end));
    }

    private static boolean isBoundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') return true;
        if (c != '.' && c != '!' && c != '?') return false;
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) && !insideQuote(text, i);
    }

    private static boolean insideQuote(String text, int i) {
        int lineStart = text.lastIndexOf('\n', i) + 1;
        int open = 0;
        for (int k = lineStart; k < i; k++) {
            char c = text.charAt(k);
            if (c == '„' || c == '»') open++;
            if ((c == '“' || c == '«') && open > 0) open--;
        }
        return open > 0;
    }
}
