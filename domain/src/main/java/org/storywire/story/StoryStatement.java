package org.storywire.story;

import java.time.Instant;
import java.util.List;
import org.storywire.extract.Statement;

/**
 * A statement as the fold sees it: the extracted statement, the story it was assigned to, its
 * article, and what the grouper resolved about its speaker. {@code standing} follows from the
 * speaker's side and the story's sides, which are part of the story's key. {@code shingles} are its
 * sentence's {@link Shingles}, hashed once from the words the grouper read, for the fold's
 * near-duplicate check; empty for a statement an earlier build stored without them.
 */
public record StoryStatement(StoryKey key, Statement statement, ArticleInfo article, String speaker, String party, String speakerSide, List<String> actors,
                             List<Long> shingles) {

    public StoryStatement {
        actors = List.copyOf(actors);
        shingles = shingles == null ? List.of() : List.copyOf(shingles);
    }

    public static StoryStatement of(StoryGrouper.Assignment assignment, Statement statement, ArticleInfo article) {
        Features f = assignment.features();
        return new StoryStatement(assignment.key(), statement, article, f.speaker(), f.party(), f.speakerSide(), f.actors(),
                Shingles.of(f.sentenceWords()));
    }

    public String storyId() { return key.id(); }

    public String articleId() { return statement.articleId(); }

    /**
     * When it was said; the article's publication time when the statement carries none; two days before it for a position the
     * article recalls in the pluperfect without a time of its own ({@link RecalledPositions}).
     */
    public Instant at() { return RecalledPositions.at(statement, article.published()); }

    /** When it became known: the article's publication, else the statement's own time. */
    public Instant knownAt() { return article.published() != null ? article.published() : at(); }

    public FoldOrder order() { return new FoldOrder(at(), statement.articleId(), statement.ordinal()); }

    public Standing standing() {
        return speakerSide != null && key.sides().contains(speakerSide) ? Standing.PARTY : Standing.THIRD_PARTY;
    }

    /** Whether the statement states a position on its story: a demand asks for something and asserts nothing ({@link Demands}). */
    public boolean takesPosition() {
        return !Demands.isDemand(statement);
    }

    public Position position() {
        return new Position(party, statement.stance(), standing(), speaker, statement.articleId(), at(), statement.ordinal());
    }

    public TimelineEntry timelineEntry() {
        var s = statement;
        int sentenceBegin = s.sentence() == null ? 0 : s.sentence().begin();
        int sentenceEnd = s.sentence() == null ? 0 : s.sentence().end();
        int contentBegin = s.content() == null ? sentenceBegin : s.content().begin();
        int contentEnd = s.content() == null ? sentenceEnd : s.content().end();
        Evidence evidence = new Evidence(s.articleId(), s.sentenceText() == null ? "" : s.sentenceText(), sentenceBegin, sentenceEnd, contentBegin, contentEnd);
        return new TimelineEntry(at(), speaker, standing() == Standing.PARTY ? party : null, s.stance(), standing(), article.outlet(), article.url(), s.ordinal(), evidence);
    }
}
