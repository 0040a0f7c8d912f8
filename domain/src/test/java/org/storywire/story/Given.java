package org.storywire.story;

import java.time.Instant;
import java.util.List;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Attribution;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Span;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/** Builds sparse statements and articles for scenario tests, as gold statements look: sentence, speaker, stance. */
final class Given {

    private Given() {}

    static Instant day(int dayOfNovember) { return Instant.parse(String.format("2024-11-%02dT12:00:00Z", dayOfNovember)); }

    static ArticleInfo article(String id, String outlet, String title, int dayOfNovember) {
        return new ArticleInfo(id, outlet, "https://example.org/" + id, title, null, day(dayOfNovember), "de");
    }

    static Statement statement(String articleId, int ordinal, String speaker, Stance stance, String sentence, Instant madeAt) {
        return statementAt(articleId, ordinal, speaker, stance, sentence, 0, madeAt);
    }

    /** A statement whose sentence starts at {@code begin} in its article: statements of one sentence share it. */
    static Statement statementAt(String articleId, int ordinal, String speaker, Stance stance, String sentence, int begin, Instant madeAt) {
        Span span = new Span(begin, begin + sentence.length());
        return new Statement(articleId, ordinal, speaker == null ? null : new Speaker(speaker, null, speaker, null, SpeakerKind.UNKNOWN),
                stance, Attribution.INDIRECT_SPEECH, null, null, span, span, sentence, madeAt, TimePrecision.DAY, 1.0);
    }

    /** A sentence's shingles as the grouper hashes them from the words it reads, for statements built without grouping. */
    static List<Long> shingles(String sentence) {
        return Shingles.of(TextAnalysis.tokens(sentence));
    }

    /** Groups one article's statements and wraps them for the fold. */
    static List<StoryStatement> grouped(ArticleInfo article, Statement... statements) {
        List<StoryGrouper.Assignment> assignments = StoryGrouper.standard().assignAll(article, List.of(statements));
        List<StoryStatement> out = new java.util.ArrayList<>();
        for (int i = 0; i < statements.length; i++) out.add(StoryStatement.of(assignments.get(i), statements[i], article));
        return out;
    }

    /** Who says what in one sentence of an article. */
    record Said(String speaker, Stance stance, String sentence) {}

    /** One statement per sentence, the sentences following each other in the article. */
    static List<Statement> inSentences(String id, Said... said) {
        List<Statement> out = new java.util.ArrayList<>();
        int begin = 0;
        for (int i = 0; i < said.length; i++) {
            out.add(statementAt(id, i, said[i].speaker(), said[i].stance(), said[i].sentence(), begin, day(5)));
            begin += said[i].sentence().length() + 1;
        }
        return out;
    }
}
