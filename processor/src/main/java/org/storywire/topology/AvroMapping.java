package org.storywire.topology;

import java.time.Instant;
import java.util.List;
import org.storywire.avro.AttributionKind;
import org.storywire.avro.Evidence;
import org.storywire.avro.RawArticle;
import org.storywire.avro.Standing;
import org.storywire.clean.Article;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Attribution;
import org.storywire.extract.Modality;
import org.storywire.extract.Proposition;
import org.storywire.extract.Span;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/** Between the Avro contracts on the topics and the plain domain records. */
public final class AvroMapping {
    private AvroMapping() {}

    public static Article article(RawArticle raw) {
        return new Article(raw.getId(), raw.getOutlet(), raw.getUrl(), raw.getTitle(), raw.getBody(), raw.getLanguage(),
                raw.getPublished(), TimePrecision.valueOf(raw.getPublishedPrecision().name()));
    }

    public static org.storywire.avro.Statement toAvro(Statement s, String storyId, RawArticle source, Standing standing) {
        Speaker speaker = s.speaker();
        Proposition p = s.proposition();
        return org.storywire.avro.Statement.newBuilder()
                .setStoryId(storyId)
                .setArticleId(s.articleId())
                .setOrdinal(s.ordinal())
                .setOutlet(source == null ? null : source.getOutlet())
                .setUrl(source == null ? null : source.getUrl())
                .setSpeaker(org.storywire.avro.Speaker.newBuilder()
                        .setMention(speaker.mention() == null ? "" : speaker.mention())
                        .setMentionBegin(speaker.mentionSpan() == null ? null : speaker.mentionSpan().begin())
                        .setMentionEnd(speaker.mentionSpan() == null ? null : speaker.mentionSpan().end())
                        .setCanonical(speaker.canonical() == null ? "" : speaker.canonical())
                        .setAffiliation(speaker.affiliation())
                        .setKind(org.storywire.avro.SpeakerKind.valueOf(speaker.kind().name()))
                        .build())
                .setStance(org.storywire.avro.Stance.valueOf(s.stance().name()))
                .setAttribution(AttributionKind.valueOf(s.attribution().name()))
                .setStanding(standing)
                .setProposition(org.storywire.avro.Proposition.newBuilder()
                        .setActors(List.copyOf(p.actors()))
                        .setEvent(p.event())
                        .setTerms(List.copyOf(p.terms()))
                        .setTimeExpression(p.timeExpression())
                        .setModality(org.storywire.avro.Modality.valueOf(p.modality().name()))
                        .build())
                .setCue(s.cue())
                .setEvidence(Evidence.newBuilder()
                        .setArticleId(s.articleId())
                        .setSentence(s.sentenceText())
                        .setSentenceBegin(s.sentence().begin())
                        .setSentenceEnd(s.sentence().end())
                        .setContentBegin(s.content().begin())
                        .setContentEnd(s.content().end())
                        .build())
                .setMadeAt(s.madeAt())
                .setMadeAtPrecision(org.storywire.avro.TimePrecision.valueOf(s.madeAtPrecision().name()))
                .setConfidence(s.confidence())
                .setRetracted(false)
                .build();
    }

    public static Statement fromAvro(org.storywire.avro.Statement a) {
        org.storywire.avro.Speaker sp = a.getSpeaker();
        Span mention = sp.getMentionBegin() == null || sp.getMentionEnd() == null ? null
                : new Span(sp.getMentionBegin(), sp.getMentionEnd());
        org.storywire.avro.Proposition p = a.getProposition();
        Evidence e = a.getEvidence();
        return new Statement(a.getArticleId(), a.getOrdinal(),
                new Speaker(sp.getMention(), mention, sp.getCanonical(), sp.getAffiliation(),
                        enumOr(SpeakerKind.class, sp.getKind().name(), SpeakerKind.UNKNOWN)),
                enumOr(Stance.class, a.getStance().name(), Stance.CLAIM),
                enumOr(Attribution.class, a.getAttribution().name(), Attribution.REPORTED),
                new Proposition(p.getActors(), p.getEvent(), p.getTerms(), p.getTimeExpression(),
                        enumOr(Modality.class, p.getModality().name(), Modality.UNKNOWN)),
                a.getCue(),
                new Span(e.getContentBegin(), e.getContentEnd()),
                new Span(e.getSentenceBegin(), e.getSentenceEnd()),
                e.getSentence(),
                a.getMadeAt() == null ? Instant.EPOCH : a.getMadeAt(),
                enumOr(TimePrecision.class, a.getMadeAtPrecision().name(), TimePrecision.UNKNOWN),
                a.getConfidence());
    }

    /** Avro enums carry an extra UNKNOWN_* default symbol for evolution; map it to a domain fallback. */
    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
