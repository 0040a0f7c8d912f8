package org.storywire.topology;

import java.util.List;
import org.storywire.avro.ArticleRef;
import org.storywire.avro.PartyPosition;
import org.storywire.story.ArticleInfo;
import org.storywire.story.Position;
import org.storywire.story.StoryKey;
import org.storywire.story.StoryState;
import org.storywire.story.StoryStatement;
import org.storywire.story.StoryUpdate;
import org.storywire.story.TimelineEntry;

/** Between the story package's records and the Avro contracts of the statements, stories and story-updates topics. */
public final class StoryMapping {
    private StoryMapping() {}

    /**
     * A statement as published on the statements topic: everything the fold needs to replay it. The
     * article travels as title and publication time: its lead served grouping, which is done.
     */
    public static org.storywire.avro.Statement toAvro(StoryStatement s) {
        StoryKey k = s.key();
        ArticleInfo a = s.article();
        return AvroMapping.statementBuilder(s.statement(), s.storyId(), org.storywire.avro.Standing.valueOf(s.standing().name()))
                .setOutlet(a.outlet())
                .setUrl(a.url())
                .setParty(s.party())
                .setSpeakerSide(s.speakerSide())
                .setResolvedSpeaker(s.speaker())
                .setStoryActors(List.copyOf(s.actors()))
                .setShingles(s.shingles())
                .setStoryKey(new org.storywire.avro.StoryKey(k.frame(), k.intention(), List.copyOf(k.sides()), k.source(), List.copyOf(k.topic())))
                .setArticle(new ArticleRef(a.title(), a.published()))
                .build();
    }

    public static StoryStatement fromAvro(org.storywire.avro.Statement a) {
        return new StoryStatement(storyKey(a), AvroMapping.fromAvro(a), articleInfo(a),
                a.getResolvedSpeaker(), a.getParty(), a.getSpeakerSide(), a.getStoryActors(), a.getShingles());
    }

    public static StoryKey storyKey(org.storywire.avro.Statement a) {
        org.storywire.avro.StoryKey k = a.getStoryKey();
        if (k == null) throw new IllegalArgumentException("statement of story " + a.getStoryId() + " has no story key");
        return new StoryKey(k.getFrame(), k.getIntention(), k.getSides(), k.getSource(), k.getTopic());
    }

    private static ArticleInfo articleInfo(org.storywire.avro.Statement a) {
        ArticleRef ref = a.getArticle();
        return new ArticleInfo(a.getArticleId(), a.getOutlet(), a.getUrl(),
                ref == null ? null : ref.getTitle(), null, ref == null ? null : ref.getPublished(), null);
    }

    /** The public view of a story: the state without its timeline (the API's) and the fold's bookkeeping. */
    public static org.storywire.avro.StoryState toAvro(StoryState s) {
        return org.storywire.avro.StoryState.newBuilder()
                .setStoryId(s.storyId())
                .setTitle(s.title() == null ? s.storyId() : s.title())
                .setEvent(s.event())
                .setActors(List.copyOf(s.actors()))
                .setStatus(org.storywire.avro.StoryStatus.valueOf(s.status().name()))
                .setPositions(s.positions().stream().map(StoryMapping::toAvro).toList())
                .setStatementCount(s.statementCount())
                .setOutlets(new java.util.TreeMap<>(s.outlets()))
                .setOutletCount(s.outletCount())
                .setIndependentSources(s.independentSources())
                .setFirstSeen(s.firstSeen())
                .setLastUpdated(s.lastUpdated())
                .setVersion(s.version())
                .build();
    }

    public static org.storywire.avro.StoryUpdate toAvro(StoryUpdate u) {
        return org.storywire.avro.StoryUpdate.newBuilder()
                .setStoryId(u.storyId())
                .setVersion(u.version())
                .setTitle(u.title() == null ? u.storyId() : u.title())
                .setStatus(org.storywire.avro.StoryStatus.valueOf(u.status().name()))
                .setPreviousStatus(u.previousStatus() == null ? null : org.storywire.avro.StoryStatus.valueOf(u.previousStatus().name()))
                .setChanges(List.copyOf(u.changes()))
                .setCause(u.cause() == null ? null : toAvro(u.cause()))
                .setAt(u.at())
                .build();
    }

    private static PartyPosition toAvro(Position p) {
        return new PartyPosition(p.party(), org.storywire.avro.Stance.valueOf(p.stance().name()),
                org.storywire.avro.Standing.valueOf(p.standing().name()), p.speaker() == null ? "" : p.speaker(), p.articleId(), p.at());
    }

    private static org.storywire.avro.TimelineEntry toAvro(TimelineEntry e) {
        var ev = e.evidence();
        return new org.storywire.avro.TimelineEntry(e.at(), e.speaker() == null ? "" : e.speaker(), e.party(),
                org.storywire.avro.Stance.valueOf(e.stance().name()), org.storywire.avro.Standing.valueOf(e.standing().name()),
                e.outlet(), e.url(), e.ordinal(),
                new org.storywire.avro.Evidence(ev.articleId(), ev.sentence(), ev.sentenceBegin(), ev.sentenceEnd(), ev.contentBegin(), ev.contentEnd()));
    }
}
